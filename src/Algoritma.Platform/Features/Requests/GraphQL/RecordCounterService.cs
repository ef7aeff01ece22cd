using Algoritma.GraphQL.Server.Schema;
using Algoritma.Platform.Features.Identity;
using Algoritma.Platform.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace Algoritma.Platform.Features.Requests.GraphQL;

public sealed class RecordCounterServiceInputType : InputObjectGraphType<SubmitServiceRequestInput>
{
    public RecordCounterServiceInputType()
    {
        Name = "RecordCounterServiceInput";
        SubmitInputShape.AddFields(this, withChannel: false);
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => SubmitInputShape.Parse(value);
}

/// <summary><c>recordCounterService(input: RecordCounterServiceInput!): ServiceRequestPayload!</c></summary>
internal sealed class RecordCounterServiceMutation : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<RequestPayloadType>>("recordCounterService")
            .Description("Records a walk-in served at the counter: submitted and completed in one step.")
            .Argument<NonNullGraphType<RecordCounterServiceInputType>>("input")
            .AuthorizeWithRoles(Roles.Officer, Roles.CityAdmin)
            .ResolveAsync(async context =>
            {
                context.RequireTenant();
                return await context.Service<ServiceRequestHandler>().RecordCounterServiceAsync(
                    context.GetArgument<SubmitServiceRequestInput>("input"), Caller.From(context.User), context.CancellationToken);
            });
}
