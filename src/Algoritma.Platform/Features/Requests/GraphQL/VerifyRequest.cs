namespace Algoritma.Platform.Features.Requests.GraphQL;

public sealed class VerifyServiceRequestInputType() : RequestCommandInputType("VerifyServiceRequestInput");

/// <summary><c>verifyServiceRequest(input: VerifyServiceRequestInput!): ServiceRequestPayload!</c></summary>
internal sealed class VerifyServiceRequestMutation() : RequestCommandMutation<VerifyServiceRequestInputType>(
    "verifyServiceRequest", "Verifies the request's documents.",
    (_, role, at, _) => new VerifyRequest(role, at), Roles.Officer, Roles.CityAdmin);
