using Algoritma.Platform.Features.Catalog;
using Algoritma.Platform.Features.Catalog.GraphQL;
using Algoritma.GraphQL.Server.Errors;
using Algoritma.Platform.GraphQL;
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

public sealed class RecordCounterServiceInputType : InputObjectGraphType<SubmitServiceRequestInput>
{
    public RecordCounterServiceInputType()
    {
        Name = "RecordCounterServiceInput";
        SubmitInputShape.AddFields(this, withChannel: false);
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => SubmitInputShape.Parse(value);
}

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

/// <summary>A command on an existing request: which one, at which version, and its own fields.</summary>
public sealed record RequestCommandInput(
    string RequestId, long ExpectedVersion, string? Reason, IReadOnlyList<string>? Documents, IReadOnlyList<int>? Scores, ReasonCode ReasonCode = ReasonCode.Other)
{
    public List<UserError> BoundErrors() => new List<UserError>()
        .Text("reason", Reason, InputBounds.FreeText)
        .Texts("documents", Documents, InputBounds.Items, InputBounds.Code);
}

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
        Convert.ToString(value["requestId"], System.Globalization.CultureInfo.InvariantCulture)!, Convert.ToInt64(value["expectedVersion"], System.Globalization.CultureInfo.InvariantCulture),
        value.TryGetValue("reason", out var reason) ? reason as string : null,
        value.TryGetValue("documents", out var documents) && documents is IEnumerable<object?> d ? [.. d.Cast<string>()] : null,
        value.TryGetValue("scores", out var scores) && scores is IEnumerable<object?> s ? [.. s.Select(Convert.ToInt32)] : null,
        value.TryGetValue("reasonCode", out var code) && code is ReasonCode c ? c : ReasonCode.Other);
}

public sealed class ReturnServiceRequestInputType() : RequestCommandInputType("ReturnServiceRequestInput", reason: true);

public sealed class ResubmitServiceRequestInputType() : RequestCommandInputType("ResubmitServiceRequestInput", documents: true);

public sealed class VerifyServiceRequestInputType() : RequestCommandInputType("VerifyServiceRequestInput");

public sealed class CompleteServiceRequestInputType() : RequestCommandInputType("CompleteServiceRequestInput");

public sealed class RejectServiceRequestInputType() : RequestCommandInputType("RejectServiceRequestInput", reason: true);

public sealed class CancelServiceRequestInputType() : RequestCommandInputType("CancelServiceRequestInput");

public sealed class RateServiceInputType() : RequestCommandInputType("RateServiceInput", scores: true);
