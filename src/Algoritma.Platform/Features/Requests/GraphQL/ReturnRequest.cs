namespace Algoritma.Platform.Features.Requests.GraphQL;

public sealed class ReturnServiceRequestInputType() : RequestCommandInputType("ReturnServiceRequestInput", reason: true);

/// <summary><c>returnServiceRequest(input: ReturnServiceRequestInput!): ServiceRequestPayload!</c></summary>
internal sealed class ReturnServiceRequestMutation() : RequestCommandMutation<ReturnServiceRequestInputType>(
    "returnServiceRequest", "Returns the request to the citizen for completion.",
    (i, role, at, _) => new ReturnRequest(i.Reason ?? string.Empty, role, at, i.ReasonCode), Roles.Officer, Roles.CityAdmin);
