using Algoritma.GraphQL.Server.Schema;
using Algoritma.Platform.Features.Identity;
using GraphQL.Types;

namespace Algoritma.Platform.Features.Requests.GraphQL;

public sealed class ResubmitServiceRequestInputType() : RequestCommandInputType("ResubmitServiceRequestInput", documents: true);

/// <summary><c>resubmitServiceRequest(input: ResubmitServiceRequestInput!): ServiceRequestPayload!</c></summary>
internal sealed class ResubmitServiceRequestMutation : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        RequestCommandField.Add<ResubmitServiceRequestInputType>(mutation, "resubmitServiceRequest", "The citizen resubmits a returned request.",
            (i, _, at, caller) => new ResubmitRequest(i.Documents ?? [], Guid.Parse(caller.Subject!), at), Roles.Citizen);
}
