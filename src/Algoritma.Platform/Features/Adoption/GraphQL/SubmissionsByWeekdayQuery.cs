using Algoritma.GraphQL.Server.Errors;
using Algoritma.Platform.Features.Adoption.Reading;
using NodaTime;

namespace Algoritma.Platform.Features.Adoption.GraphQL;

/// <summary><c>submissionsByWeekday(campaign, unit, from, to)</c>: submissions by weekday, a campaign's priority days marked.</summary>
internal sealed class SubmissionsByWeekdayQuery() : QueryField<NonNullGraphType<ListGraphType<NonNullGraphType<WeekdaySubmissionsType>>>>(
    "submissionsByWeekday", null,
    field => field
        .Description("Submissions and their digital share by weekday of submission over [from, to), Monday first; priority days of the named campaign marked.")
        .Scoped(granularity: null)
        .Argument<IdGraphType>("campaign", "A campaign whose digital-priority days to mark.")
        .ResolveAsync(async context =>
        {
            var scope = await AdoptionArguments.ScopeAsync(context);
            var priorityDays = await PriorityDaysAsync(context);
            return await context.Service<WeekdaySubmissionsReader>().ReadAsync(scope, priorityDays, context.CancellationToken);
        }))
{
    private static async Task<IReadOnlySet<IsoDayOfWeek>> PriorityDaysAsync(IResolveFieldContext context)
    {
        if (context.GetArgument<string?>("campaign") is not { } id)
        {
            return new HashSet<IsoDayOfWeek>();
        }

        return await context.Service<ICampaignPriorityDays>().FindAsync(id, context.RequireTenant().Id, context.CancellationToken)
            ?? throw CodedError.NotFound("This tenant has no such campaign.");
    }
}
