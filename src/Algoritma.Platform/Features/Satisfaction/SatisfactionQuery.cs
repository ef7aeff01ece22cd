using Algoritma.GraphQL.Server.Schema;
using Algoritma.Platform.Features.Identity;
using Algoritma.Platform.Features.Requests;
using Algoritma.Platform.GraphQL;
using Algoritma.Platform.Persistence;
using GraphQL;
using GraphQL.Types;
using Marten;

namespace Algoritma.Platform.Features.Satisfaction;

public sealed class IkmResultType : ObjectGraphType<IkmResult>
{
    public IkmResultType()
    {
        Name = "Satisfaction";
        Description = "Indeks Kepuasan Masyarakat (PermenPANRB 14/2017) over the answered requests.";
        Field(r => r.Value).Description("IKM, 25.00 (all answers 1) to 100.00 (all answers 4) under every ikmRounding setting: NONE averages the exact NRRs, TWO_DECIMALS and THREE_DECIMALS round each NRR first; all weight 1/9 (PermenPANRB 14/2017).");
        Field<NonNullGraphType<StringGraphType>>("grade").Description("A (Sangat Baik) … D (Tidak Baik).").Resolve(c => c.Source.Grade.ToString());
        Field(r => r.Performance);
        Field(r => r.ElementNrr).Description("Mean score (NRR) of each of the nine elements, U1…U9.");
        Field(r => r.Responses);
    }
}

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
internal sealed class SatisfactionQuery : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<IkmResultType>("satisfaction")
            .Description("IKM of requests completed in [from, to); null when nobody answered. recordedBy counts and scores the answers citizens gave on their own account (CITIZEN) or that officers recorded for them (STAFF) apart; both when omitted.")
            .Argument<StringGraphType>("unit").Argument<StringGraphType>("service")
            .Argument<DateTimeOffsetGraphType>("from", "Within 2000-01-01 … 2099-12-31.").Argument<DateTimeOffsetGraphType>("to", "After from, at most 3660 days later.")
            .Argument<SurveyRecorderEnum>("recordedBy")
            .AuthorizeWithRoles(Roles.ProgramManager, Roles.CityAdmin, Roles.Officer)
            .ResolveAsync(async context =>
            {
                var tenant = context.RequireTenant();
                DateBounds.RequireRange(context.GetArgument<DateTimeOffset?>("from"), context.GetArgument<DateTimeOffset?>("to"));
                var rated = context.Service<IQuerySession>().Query<ServiceRequestView>().Where(v => v.Scores != null);
                if (UnitFor(Caller.From(context.User), InputBounds.Argument("unit", context.GetArgument<string?>("unit"), InputBounds.UnitCode)) is { } unit)
                {
                    rated = rated.WithinUnit(v => v.UnitCode, unit);
                }

                if (InputBounds.Argument("service", context.GetArgument<string?>("service"), InputBounds.Code) is { } service)
                {
                    rated = rated.WhereCaptured(v => v.ServiceCode == service);
                }

                if (context.GetArgument<DateTimeOffset?>("from") is { } from)
                {
                    rated = rated.WhereCaptured(v => v.ClosedAt >= from);
                }

                if (context.GetArgument<DateTimeOffset?>("to") is { } to)
                {
                    rated = rated.WhereCaptured(v => v.ClosedAt < to);
                }

                var rows = await rated.Select(v => new { v.Scores, v.RatedByStaff }).ToListAsync(context.CancellationToken);
                var recordedBy = context.GetArgument<SurveyRecorder?>("recordedBy");
                var answers = rows.Where(r => recordedBy is null || r.RatedByStaff == (recordedBy == SurveyRecorder.Staff)).Select(r => r.Scores!);
                var rounding = await TenantIkmRounding.ReadAsync(context.Service<PlatformDbContext>(), tenant.Id, context.CancellationToken);
                var sums = answers.Aggregate(IkmSums.Empty, (total, scores) => total.Add(new IkmAnswers(scores)));
                return sums.Responses == 0 ? null : IkmCalculator.Compute(sums, rounding); // no answers: no index, not zero
            });

    /// <summary>An officer sees the IKM of its own unit scope; admins and managers of any unit or the whole city.</summary>
    private static string? UnitFor(Caller caller, string? requested) =>
        caller.IsInRole(Roles.CityAdmin) || caller.IsInRole(Roles.ProgramManager) || (requested is not null && caller.Covers(requested))
            ? requested
            : caller.Unit ?? "-";
}
