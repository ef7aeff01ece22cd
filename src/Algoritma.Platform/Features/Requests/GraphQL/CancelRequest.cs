namespace Algoritma.Platform.Features.Requests.GraphQL;

public sealed class CancelServiceRequestInputType() : RequestCommandInputType("CancelServiceRequestInput");

/// <summary><c>cancelServiceRequest(input: CancelServiceRequestInput!): ServiceRequestPayload!</c></summary>
internal sealed class CancelServiceRequestMutation() : RequestCommandMutation<CancelServiceRequestInputType>(
    "cancelServiceRequest", "The citizen cancels before verification.",
    (_, _, at, caller) => new CancelRequest(Guid.Parse(caller.Subject!), at), Roles.Citizen);
