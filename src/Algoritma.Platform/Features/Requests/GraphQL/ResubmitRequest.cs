namespace Algoritma.Platform.Features.Requests.GraphQL;

public sealed class ResubmitServiceRequestInputType() : RequestCommandInputType("ResubmitServiceRequestInput", documents: true);

/// <summary><c>resubmitServiceRequest(input: ResubmitServiceRequestInput!): ServiceRequestPayload!</c></summary>
internal sealed class ResubmitServiceRequestMutation() : RequestCommandMutation<ResubmitServiceRequestInputType>(
    "resubmitServiceRequest", "The citizen resubmits a returned request.",
    (i, _, at, caller) => new ResubmitRequest(i.Documents ?? [], Guid.Parse(caller.Subject!), at), Roles.Citizen);
