using Algoritma.GraphQL.Server.Schema;
using Algoritma.Platform.Features.Catalog.GraphQL;
using Algoritma.Platform.Features.Identity;
using Algoritma.Platform.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace Algoritma.Platform.Features.Requests.GraphQL;

public sealed class SubmitServiceRequestInputType : InputObjectGraphType<SubmitServiceRequestInput>
{
    public SubmitServiceRequestInputType()
    {
        Name = "SubmitServiceRequestInput";
        SubmitInputShape.AddFields(this, withChannel: true);
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => SubmitInputShape.Parse(value);
}

/// <summary>The fields of a submission's input, shared with <see cref="RecordCounterServiceInputType"/> (which has no channel).</summary>
internal static class SubmitInputShape
{
    public static void AddFields(InputObjectGraphType<SubmitServiceRequestInput> type, bool withChannel)
    {
        type.Field(x => x.Service).Description("Service code (at most 60 characters).");
        type.Field(x => x.Unit).Description("Code of the kecamatan or kelurahan/desa where it is requested (at most 13 characters).");
        if (withChannel)
        {
            type.Field<NonNullGraphType<ChannelType>>("channel").Description("ONLINE (a citizen), KIOSK or ASSISTED (an officer, with citizenNik).");
        }

        type.Field(x => x.Documents).Description("Codes of the requirements provided (at most 50, each at most 60 characters).");
        type.Field(x => x.IdempotencyKey, nullable: true).Description("Sending again with the same key returns the same request (at most 100 characters).");
        type.Field(x => x.CitizenNik, nullable: true).Description("For KIOSK, ASSISTED and counter services: the citizen's NIK (never stored plain).");
    }

    public static SubmitServiceRequestInput Parse(IDictionary<string, object?> value) => new(
        (string)value["service"]!, (string)value["unit"]!,
        value.TryGetValue("channel", out var channel) && channel is Channel c ? c : Channel.Counter,
        [.. ((IEnumerable<object?>)value["documents"]!).Cast<string>()],
        value.TryGetValue("idempotencyKey", out var key) ? key as string : null,
        value.TryGetValue("citizenNik", out var nik) ? nik as string : null);
}

/// <summary><c>submitServiceRequest(input: SubmitServiceRequestInput!): ServiceRequestPayload!</c></summary>
internal sealed class SubmitServiceRequestMutation : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<RequestPayloadType>>("submitServiceRequest")
            .Description("Submits a request: ONLINE by a citizen; KIOSK or ASSISTED by an officer for a citizen.")
            .Argument<NonNullGraphType<SubmitServiceRequestInputType>>("input")
            .AuthorizeWithRoles(Roles.Citizen, Roles.Officer, Roles.CityAdmin)
            .ResolveAsync(async context =>
            {
                context.RequireTenant();
                return await context.Service<ServiceRequestHandler>().SubmitAsync(
                    context.GetArgument<SubmitServiceRequestInput>("input"), Caller.From(context.User), context.CancellationToken);
            });
}
