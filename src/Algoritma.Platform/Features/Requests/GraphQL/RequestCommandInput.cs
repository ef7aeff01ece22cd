using System.Globalization;
using Algoritma.GraphQL.Server.Errors;

namespace Algoritma.Platform.Features.Requests.GraphQL;

/// <summary>A command on an existing request: which one, at which version, and its own fields.</summary>
public sealed record RequestCommandInput(
    string RequestId, long ExpectedVersion, string? Reason, IReadOnlyList<string>? Documents, IReadOnlyList<int>? Scores, ReasonCode ReasonCode = ReasonCode.Other)
{
    public List<UserError> BoundErrors() => new List<UserError>()
        .Text("reason", Reason, InputBounds.FreeText)
        .Texts("documents", Documents, InputBounds.Items, InputBounds.Code);
}

/// <summary>The input of a command on an existing request: the request and its version, with the command's own fields.</summary>
public abstract class RequestCommandInputType : InputObjectGraphType<RequestCommandInput>
{
    protected RequestCommandInputType(string name, bool reason = false, bool documents = false, bool scores = false)
    {
        Name = name;
        Field<NonNullGraphType<IdGraphType>>("requestId");
        Field<NonNullGraphType<LongGraphType>>("expectedVersion").Description("The request's version as last read; a stale one gets CONFLICT.");
        if (reason)
        {
            Field<NonNullGraphType<StringGraphType>>("reason").Description("Shown to the citizen's own account and to staff, never on the public status; at most 2000 characters.");
            Field<NonNullGraphType<ReasonCodeEnum>>("reasonCode").DefaultValue(ReasonCode.Other)
                .Description("The reason's category, which the public status shows (default OTHER).");
        }

        if (documents)
        {
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("documents").Description("At most 50 codes.");
        }

        if (scores)
        {
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>>("scores").Description("The nine IKM elements, each 1–4.");
        }
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new RequestCommandInput(
        // an ID may be given as a number: it names no request, and is answered NOT_FOUND like any other
        Convert.ToString(value["requestId"], CultureInfo.InvariantCulture)!, Convert.ToInt64(value["expectedVersion"], CultureInfo.InvariantCulture),
        value.TryGetValue("reason", out var reason) ? reason as string : null,
        value.TryGetValue("documents", out var documents) && documents is IEnumerable<object?> d ? [.. d.Cast<string>()] : null,
        value.TryGetValue("scores", out var scores) && scores is IEnumerable<object?> s ? [.. s.Select(Convert.ToInt32)] : null,
        value.TryGetValue("reasonCode", out var code) && code is ReasonCode c ? c : ReasonCode.Other);
}

/// <summary>
/// The mutation field of a command on an existing request: bounds, the request's id in this tenant, then the handler.
/// <paramref name="command"/> makes the decider's command of the input, the caller's role, the instant and the caller.
/// </summary>
internal abstract class RequestCommandMutation<TInputType>(
    string name, string description, Func<RequestCommandInput, string, DateTimeOffset, Caller, RequestCommand> command, params string[] roles) : IMutationFields
    where TInputType : RequestCommandInputType
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<RequestPayloadType>>(name)
            .Description(description + " Stale expectedVersion: CONFLICT.")
            .Argument<NonNullGraphType<TInputType>>("input")
            .AuthorizeWithRoles(roles)
            .ResolveAsync(async context =>
            {
                var tenant = context.RequireTenant();
                var input = context.GetArgument<RequestCommandInput>("input");
                if (input.BoundErrors() is { Count: > 0 } errors)
                {
                    return new RequestPayload(null, errors);
                }

                var streamId = RequestIds.Decode(input.RequestId, tenant.Id) ?? throw CodedError.NotFound("No such request in this tenant.");
                var caller = Caller.From(context.User);
                var at = context.Service<TimeProvider>().GetUtcNow();
                return await context.Service<ServiceRequestHandler>().DecideAsync(
                    streamId, input.ExpectedVersion, command(input, RequestDecider.RoleOf(caller), at, caller), caller, context.CancellationToken);
            });
}
