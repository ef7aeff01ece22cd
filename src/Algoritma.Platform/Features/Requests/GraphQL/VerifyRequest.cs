using Algoritma.GraphQL.Server.Schema;
using Algoritma.Platform.Features.Identity;
using GraphQL.Types;

namespace Algoritma.Platform.Features.Requests.GraphQL;

public sealed class VerifyServiceRequestInputType() : RequestCommandInputType("VerifyServiceRequestInput");

/// <summary><c>verifyServiceRequest(input: VerifyServiceRequestInput!): ServiceRequestPayload!</c></summary>
internal sealed class VerifyServiceRequestMutation : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        RequestCommandField.Add<VerifyServiceRequestInputType>(mutation, "verifyServiceRequest", "Verifies the request's documents.",
            (_, role, at, _) => new VerifyRequest(role, at), Roles.Officer, Roles.CityAdmin);
}
