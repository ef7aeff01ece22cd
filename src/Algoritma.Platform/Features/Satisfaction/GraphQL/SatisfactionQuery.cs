using Algoritma.GraphQL.Server.Errors;
using Algoritma.Platform.Features.Tenants.Settings;
using NodaTime;

namespace Algoritma.Platform.Features.Satisfaction.GraphQL;

/// <summary>Who gave the answers: the citizen on their own account, or an officer recording the citizen's own answers.</summary>
public enum SurveyRecorder
{
    Citizen,
    Staff,
}

public sealed class SurveyRecorderEnum : EnumerationGraphType<SurveyRecorder>
{
    public SurveyRecorderEnum()
    {
        Name = "SurveyRecorder";
        Description = "CITIZEN: answered on the citizen's own account; STAFF: recorded by an officer of the unit from the citizen's own answers.";
    }
}

/// <summary><c>satisfaction(unit, service, from, to, recordedBy)</c>: the IKM of a unit (with its villages), a service, a period.</summary>
internal sealed class SatisfactionQuery() : QueryField<IkmResultType>(
    "satisfaction", null,
    field => field
        .Description("IKM of requests completed in [from, to); null when nobody answered. recordedBy counts and scores the answers citizens gave on their own account (CITIZEN) or that officers recorded for them (STAFF) apart; both when omitted.")
        .Argument<StringGraphType>("unit", "A kecamatan or kelurahan code (with its villages); an officer's own scope by default, the whole city for admins and managers.")
        .Argument<StringGraphType>("service", "A service code; every service when omitted.")
        .Argument<DateGraphType>("from", "First local day of completion, inclusive; 2000-01-01 at the earliest; no lower bound when omitted.")
        .Argument<DateGraphType>("to", "Last local day of completion, exclusive; 2099-12-31 at the latest, at most 3660 days after from; no upper bound when omitted.")
        .Argument<SurveyRecorderEnum>("recordedBy", "Only the answers citizens gave (CITIZEN) or officers recorded (STAFF); both when omitted.")
        .AuthorizeWithRoles(Roles.ProgramManager, Roles.CityAdmin, Roles.Officer)
        .ResolveAsync(async context =>
        {
            var tenant = context.RequireTenant();
            var (from, to) = LocalRange(context, tenant.TimeZone);
            var unit = UnitFor(Caller.From(context.User), InputBounds.Argument("unit", context.GetArgument<string?>("unit"), InputBounds.UnitCode));
            var service = InputBounds.Argument("service", context.GetArgument<string?>("service"), InputBounds.Code);
            var rows = await context.Service<ISurveyAnswers>().ReadAsync(new SurveyFilter(unit, service, from, to), context.CancellationToken);
            var recordedBy = context.GetArgument<SurveyRecorder?>("recordedBy");
            var answers = rows.Where(r => recordedBy is null || r.RecordedByStaff == (recordedBy == SurveyRecorder.Staff)).Select(r => r.Scores);
            var rounding = await TenantIkmRounding.ReadAsync(context.Service<TenantSettingValues>(), tenant.Id, context.CancellationToken);
            var sums = answers.Aggregate(IkmSums.Empty, (total, scores) => total.Add(new IkmAnswers(scores)));
            return sums.Responses == 0 ? null : IkmCalculator.Compute(sums, rounding); // no answers: no index, not zero
        }))
{
    /// <summary>The instants the tenant's local days [from, to) start at, each end optional, checked like every analytics range.</summary>
    private static (DateTimeOffset? From, DateTimeOffset? To) LocalRange(IResolveFieldContext context, string timeZone)
    {
        var from = context.GetArgument<DateTime?>("from") is { } fromDay ? DateOnly.FromDateTime(fromDay) : (DateOnly?)null;
        var to = context.GetArgument<DateTime?>("to") is { } toDay ? DateOnly.FromDateTime(toDay) : (DateOnly?)null;
        if ((from is { } a && !DateBounds.Within(a)) || (to is { } b && !DateBounds.Within(b)))
        {
            throw CodedError.BadUserInput($"'from' and 'to' lie between {DateBounds.Earliest:yyyy-MM-dd} and {DateBounds.Latest:yyyy-MM-dd}.");
        }

        if (from is { } first && to is { } last)
        {
            DateBounds.RequireRange(first, last);
        }

        var zone = DateTimeZoneProviders.Tzdb[timeZone];
        return (from is { } f ? StartOf(f, zone) : null, to is { } t ? StartOf(t, zone) : null);
    }

    private static DateTimeOffset StartOf(DateOnly day, DateTimeZone zone) =>
        LocalDate.FromDateOnly(day).AtStartOfDayInZone(zone).ToDateTimeOffset();

    /// <summary>An officer sees the IKM of its own unit scope; admins and managers of any unit or the whole city.</summary>
    private static string? UnitFor(Caller caller, string? requested) =>
        caller.IsInRole(Roles.CityAdmin) || caller.IsInRole(Roles.ProgramManager) || (requested is not null && caller.Covers(requested))
            ? requested
            : caller.Unit ?? "-";
}
