namespace Algoritma.Platform.Features.Requests.GraphQL;

public sealed class RejectServiceRequestInputType() : RequestCommandInputType("RejectServiceRequestInput", reason: true);

/// <summary><c>rejectServiceRequest(input: RejectServiceRequestInput!): ServiceRequestPayload!</c></summary>
internal sealed class RejectServiceRequestMutation() : RequestCommandMutation<RejectServiceRequestInputType>(
    "rejectServiceRequest", "Rejects the request with a reason.",
    (i, role, at, _) => new RejectRequest(i.Reason ?? string.Empty, role, at, i.ReasonCode), Roles.Officer, Roles.CityAdmin);
