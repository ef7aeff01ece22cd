namespace Algoritma.Platform.Features.Requests.GraphQL;

public sealed class CompleteServiceRequestInputType() : RequestCommandInputType("CompleteServiceRequestInput");

/// <summary><c>completeServiceRequest(input: CompleteServiceRequestInput!): ServiceRequestPayload!</c></summary>
internal sealed class CompleteServiceRequestMutation() : RequestCommandMutation<CompleteServiceRequestInputType>(
    "completeServiceRequest", "Completes a verified request.",
    (_, role, at, _) => new CompleteRequest(role, at), Roles.Officer, Roles.CityAdmin);
