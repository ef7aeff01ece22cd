using Algoritma.Platform.Features.Catalog;
using NodaTime;

namespace Algoritma.Platform.Features.Requests.Sla;

/// <summary>
/// What a request's SLA clock runs on: its standard's completion time and the tenant's working calendar. The clock
/// starts from complete requirements (PermenPANRB 15/2014): at submission, and again at each resubmission.
/// </summary>
public sealed record SlaTerms(ServiceLevel Level, WorkingCalendar Calendar)
{
    public static SlaTerms Of(ServiceStandard standard, WorkingCalendar calendar) => new(
        new ServiceLevel(standard.CompletionUnit == CompletionUnit.WorkingDays ? SlaUnit.WorkingDays : SlaUnit.WorkingMinutes, standard.CompletionAmount),
        calendar);

    /// <summary>The deadline of a clock started at <paramref name="start"/>.</summary>
    public DateTimeOffset DeadlineFrom(DateTimeOffset start) =>
        SlaCalculator.Deadline(Instant.FromDateTimeOffset(start), Level, Calendar).ToDateTimeOffset();
}
