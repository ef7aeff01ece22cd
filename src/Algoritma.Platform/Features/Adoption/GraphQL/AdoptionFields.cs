using Algoritma.GraphQL.Server.Errors;
using Algoritma.GraphQL.Server.Schema;
using Algoritma.Platform.Features.Adoption.Reading;
using Algoritma.Platform.Features.Identity;
using Algoritma.Platform.Features.Requests.Sla;
using Algoritma.Platform.Features.Satisfaction;
using Algoritma.Platform.GraphQL;
using Algoritma.Platform.Persistence;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Algoritma.Platform.Features.Adoption.GraphQL;

/// <summary>
/// <c>adoption</c>, <c>retention</c>, <c>lifecycle</c> and <c>unitRanking</c>: programme metrics for program
/// managers and city admins, read from the adoption projection (never by scanning events).
/// </summary>
internal sealed class AdoptionFields : IQueryFields
{
    public const int MaxPeriods = 400;

    public const int MaxMinCompleted = 1_000_000;

    public void AddTo(ObjectGraphType query)
    {
        Scoped(query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AdoptionPointType>>>>("adoption")
            .Description("The adoption series of the city, a kecamatan or a kelurahan: one point per period of [from, to)."), Granularity.Week)
            .ResolveAsync(async context =>
            {
                var scope = await ScopeAsync(context);
                var selected = context.SubFields?.Keys.ToHashSet() ?? [];
                var parts = new AdoptionParts(
                    Citizens: selected.Overlaps(["activeCitizens", "activeDigitalCitizens", "newCitizens", "newDigitalCitizens"]),
                    ProcessingTimes: selected.Contains("processingTimes"),
                    Satisfaction: selected.Contains("ikm"))
                {
                    WorkingCalendar = SelectsWorkingHours(context) ? await context.Service<TenantCalendars>().CurrentAsync(context.CancellationToken) : null,
                };
                return await context.Service<AdoptionSeries>().ReadAsync(scope, parts, context.CancellationToken);
            });

        Scoped(query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LifecyclePointType>>>>("lifecycle")
            .Description("New, returning, resurrecting and dormant citizens per period."), Granularity.Month)
            .ResolveAsync(async context => await context.Service<CitizenCohorts>().LifecycleAsync(await ScopeAsync(context), context.CancellationToken));

        Scoped(query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RetentionCohortType>>>>("retention")
            .Description("Monthly cohorts by first use in [from, to), and the share active in each later month up to `to`."), granularity: null)
            .ResolveAsync(async context => await context.Service<CitizenCohorts>().RetentionAsync(await ScopeAsync(context), context.CancellationToken));

        Scoped(query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RankedUnitType>>>>("unitRanking")
            .Description("Kecamatan or kelurahan ranked by a metric over [from, to), best first."), granularity: null)
            .Argument<NonNullGraphType<RankingMetricType>>("metric")
            .Argument<Catalog.GraphQL.UnitLevelType>("level", a => a.DefaultValue = Catalog.UnitLevel.Kelurahan)
            .Argument<IntGraphType>("minCompleted", a =>
            {
                a.DefaultValue = UnitRanking.DefaultMinCompleted;
                a.Description = $"Units with fewer completed requests in the period are listed unranked (rank null); 0–{MaxMinCompleted}.";
            })
            .ResolveAsync(async context =>
            {
                var minCompleted = context.GetArgument("minCompleted", UnitRanking.DefaultMinCompleted);
                if (minCompleted is < 0 or > MaxMinCompleted)
                {
                    throw CodedError.BadUserInput($"minCompleted is 0 to {MaxMinCompleted}.");
                }

                return await context.Service<UnitRanking>().RankAsync(await ScopeAsync(context), context.GetArgument<RankingMetric>("metric"),
                    context.GetArgument<Catalog.UnitLevel>("level"), context.CancellationToken, minCompleted);
            });

        Scoped(query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<WeekdaySubmissionsType>>>>("submissionsByWeekday")
            .Description("Submissions and their digital share by weekday of submission over [from, to), Monday first; priority days of the named campaign marked."),
                granularity: null)
            .Argument<IdGraphType>("campaign", "A campaign whose digital-priority days to mark.")
            .ResolveAsync(async context =>
            {
                var scope = await ScopeAsync(context);
                var priorityDays = await PriorityDaysAsync(context);
                return await context.Service<WeekdaySubmissionsReader>().ReadAsync(scope, priorityDays, context.CancellationToken);
            });
    }

    internal static Task<decimal> CounterVisitHoursAsync(IResolveFieldContext context) =>
        CounterVisitHours.ReadAsync(context.Service<PlatformDbContext>(), context.RequireTenant().Id, context.CancellationToken);

    /// <summary>Whether processingTimes asks for a working-time percentile (a fragment counts as asking).</summary>
    private static bool SelectsWorkingHours(IResolveFieldContext context) =>
        context.SubFields?.GetValueOrDefault("processingTimes").Field?.SelectionSet?.Selections
            .Any(s => s is not GraphQLParser.AST.GraphQLField field || field.Name.StringValue is "medianWorkingHours" or "p90WorkingHours") ?? false;

    private static async Task<IReadOnlySet<IsoDayOfWeek>> PriorityDaysAsync(IResolveFieldContext context)
    {
        if (context.GetArgument<string?>("campaign") is not { } id)
        {
            return new HashSet<IsoDayOfWeek>();
        }

        var campaign = Campaigns.CampaignIds.Decode(id, context.RequireTenant().Id) is { } key
            ? await context.Service<Marten.IQuerySession>().LoadAsync<Campaigns.CampaignView>(key, context.CancellationToken)
            : null;
        return campaign is null
            ? throw CodedError.NotFound("This tenant has no such campaign.")
            : campaign.PriorityDays.Select(NodaTime.Extensions.DayOfWeekExtensions.ToIsoDayOfWeek).ToHashSet();
    }

    internal static Task<IkmRounding> RoundingAsync(IResolveFieldContext context) =>
        TenantIkmRounding.ReadAsync(context.Service<PlatformDbContext>(), context.RequireTenant().Id, context.CancellationToken);

    private static FieldBuilder<object?, TReturn> Scoped<TReturn>(FieldBuilder<object?, TReturn> field, Granularity? granularity)
    {
        field.Argument<StringGraphType>("unit", "A kecamatan or kelurahan code; the whole city when omitted.")
            .Argument<NonNullGraphType<DateGraphType>>("from", "First local day, inclusive; 2000-01-01 at the earliest.")
            .Argument<NonNullGraphType<DateGraphType>>("to", "Last local day, exclusive; 2099-12-31 at the latest, at most 3660 days after from.")
            .AuthorizeWithRoles(Roles.ProgramManager, Roles.CityAdmin);
        if (granularity is { } defaultGranularity)
        {
            field.Argument<GranularityType>("granularity", a => a.DefaultValue = defaultGranularity);
        }

        return field;
    }

    private static async Task<AdoptionScope> ScopeAsync(IResolveFieldContext context)
    {
        var tenant = context.RequireTenant();
        var from = LocalDate.FromDateTime(context.GetArgument<DateTime>("from"));
        var to = LocalDate.FromDateTime(context.GetArgument<DateTime>("to"));
        DateBounds.RequireRange(from.ToDateOnly(), to.ToDateOnly());
        var unit = InputBounds.Argument("unit", context.GetArgument<string?>("unit"), InputBounds.UnitCode);
        var scope = new AdoptionScope(tenant.Id, unit, from, to, context.GetArgument("granularity", Granularity.Month));

        if (AdoptionSeries.Periods(scope).Skip(MaxPeriods).Any())
        {
            throw CodedError.BadUserInput($"At most {MaxPeriods} periods: choose a longer granularity or a shorter range.");
        }

        if (unit is not null && !await context.Service<PlatformDbContext>().RegionUnits.AnyAsync(u => u.Code == unit, context.CancellationToken))
        {
            throw CodedError.NotFound($"This tenant has no unit '{unit}'.");
        }

        return scope;
    }
}
