using Algoritma.GraphQL.Server.Errors;
using Algoritma.Platform.Features.Adoption.Reading;
using Algoritma.Platform.Persistence;
using GraphQL.Builders;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Algoritma.Platform.Features.Adoption.GraphQL;

/// <summary>
/// What every adoption query takes: a unit (the whole city when omitted), the local days [from, to), a granularity where
/// the query has periods; program managers and city admins only. The queries read the adoption projection, never events.
/// </summary>
internal static class AdoptionArguments
{
    public const int MaxPeriods = 400;

    public static FieldBuilder<object?, TReturn> Scoped<TReturn>(this FieldBuilder<object?, TReturn> field, Granularity? granularity)
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

    public static async Task<AdoptionScope> ScopeAsync(IResolveFieldContext context)
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
