namespace Algoritma.Platform.Features.Requests.GraphQL;

public sealed class RecordCounterServiceInputType() : SubmissionInputType("RecordCounterServiceInput", withChannel: false);

/// <summary><c>recordCounterService(input: RecordCounterServiceInput!): ServiceRequestPayload!</c></summary>
internal sealed class RecordCounterServiceMutation() : SubmissionMutation<RecordCounterServiceInputType>(
    "recordCounterService", "Records a walk-in served at the counter: submitted and completed in one step.",
    (handler, input, caller, token) => handler.RecordCounterServiceAsync(input, caller, token), Roles.Officer, Roles.CityAdmin);
