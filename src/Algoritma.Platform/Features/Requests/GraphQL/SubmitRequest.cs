using Algoritma.Platform.Features.Catalog;
using Algoritma.Platform.Features.Catalog.GraphQL;

namespace Algoritma.Platform.Features.Requests.GraphQL;

public sealed class SubmitServiceRequestInputType() : SubmissionInputType("SubmitServiceRequestInput", withChannel: true);

/// <summary><c>submitServiceRequest(input: SubmitServiceRequestInput!): ServiceRequestPayload!</c></summary>
internal sealed class SubmitServiceRequestMutation() : SubmissionMutation<SubmitServiceRequestInputType>(
    "submitServiceRequest", "Submits a request: ONLINE by a citizen; KIOSK or ASSISTED by an officer for a citizen.",
    (handler, input, caller, token) => handler.SubmitAsync(input, caller, token), Roles.Citizen, Roles.Officer, Roles.CityAdmin);

/// <summary>The input of a submission; <see cref="RecordCounterServiceInputType"/>'s has no channel (it is the counter's).</summary>
public abstract class SubmissionInputType : InputObjectGraphType<SubmitServiceRequestInput>
{
    protected SubmissionInputType(string name, bool withChannel)
    {
        Name = name;
        Field(x => x.Service).Description("Service code (at most 60 characters).");
        Field(x => x.Unit).Description("Code of the kecamatan or kelurahan/desa where it is requested (at most 13 characters).");
        if (withChannel)
        {
            Field<NonNullGraphType<ChannelType>>("channel").Description("ONLINE (a citizen), KIOSK or ASSISTED (an officer, with citizenNik).");
        }

        Field(x => x.Documents).Description("Codes of the requirements provided (at most 50, each at most 60 characters).");
        Field(x => x.IdempotencyKey, nullable: true).Description("Sending again with the same key returns the same request (at most 100 characters).");
        Field(x => x.CitizenNik, nullable: true).Description("For KIOSK, ASSISTED and counter services: the citizen's NIK (never stored plain).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new SubmitServiceRequestInput(
        (string)value["service"]!, (string)value["unit"]!,
        value.TryGetValue("channel", out var channel) && channel is Channel c ? c : Channel.Counter,
        [.. ((IEnumerable<object?>)value["documents"]!).Cast<string>()],
        value.TryGetValue("idempotencyKey", out var key) ? key as string : null,
        value.TryGetValue("citizenNik", out var nik) ? nik as string : null);
}

/// <summary>The mutation field of a submission: the handler looks up the facts, the decider decides, the handler starts the stream.</summary>
internal abstract class SubmissionMutation<TInputType>(
    string name, string description, Func<ServiceRequestHandler, SubmitServiceRequestInput, Caller, CancellationToken, Task<RequestPayload>> submit,
    params string[] roles) : IMutationFields
    where TInputType : SubmissionInputType
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<RequestPayloadType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input")
            .AuthorizeWithRoles(roles)
            .ResolveAsync(async context =>
            {
                context.RequireTenant();
                return await submit(context.Service<ServiceRequestHandler>(), context.GetArgument<SubmitServiceRequestInput>("input"),
                    Caller.From(context.User), context.CancellationToken);
            });
}
