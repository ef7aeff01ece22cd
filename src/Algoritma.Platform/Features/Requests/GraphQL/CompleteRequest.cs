using Algoritma.GraphQL.Server.Schema;
using Algoritma.Platform.Features.Identity;
using GraphQL.Types;

namespace Algoritma.Platform.Features.Requests.GraphQL;

public sealed class CompleteServiceRequestInputType() : RequestCommandInputType("CompleteServiceRequestInput");

/// <summary><c>completeServiceRequest(input: CompleteServiceRequestInput!): ServiceRequestPayload!</c></summary>
internal sealed class CompleteServiceRequestMutation : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        RequestCommandField.Add<CompleteServiceRequestInputType>(mutation, "completeServiceRequest", "Completes a verified request.",
            (_, role, at, _) => new CompleteRequest(role, at), Roles.Officer, Roles.CityAdmin);
}
