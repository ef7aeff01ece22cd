using Algoritma.Platform.Features.Catalog;
using Algoritma.Platform.Features.Requests;
using Algoritma.Platform.Features.Requests.Sla;
using JasperFx.Events;

namespace Algoritma.Platform.Tests.Features.Requests;

/// <summary>
/// The SLA clock starts from complete requirements (PermenPANRB 15/2014): a request returned for a missing document and
/// resubmitted gets a new deadline counted from the resubmission on the working calendar (WITA, Monday–Friday 08–16).
/// </summary>
public sealed class SlaClockTests
{
    private static readonly TimeSpan Wita = TimeSpan.FromHours(8);
    private static readonly Guid Citizen = Guid.NewGuid();
    private static readonly SlaTerms ThreeWorkingDays = new(
        new ServiceLevel(SlaUnit.WorkingDays, 3), WorkingCalendar.Create("Asia/Makassar", [1, 2, 3, 4, 5], [], new TimeOnly(8, 0), new TimeOnly(16, 0)));

    // Monday 30 November 2026, 09:00: due Wednesday 2 December at closing time
    private static readonly DateTimeOffset SubmittedAt = new(2026, 11, 30, 9, 0, 0, Wita);
    private static readonly RequestSubmitted Submitted = new(Guid.NewGuid(), "K7M2QX9P", "domisili", 1, "64.72.01.1001", Channel.Online, "key", Citizen,
        ["ktp"], SubmittedAt, ThreeWorkingDays.DeadlineFrom(SubmittedAt), "citizen");

    private static readonly RequestReturned Returned = new("Lampirkan KK", "officer", SubmittedAt.AddHours(1), ReasonCode.MissingDocument);

    // resubmitted Monday 7 December 09:00, five days after the first deadline
    private static readonly DateTimeOffset ResubmittedAt = new(2026, 12, 7, 9, 0, 0, Wita);

    [Fact]
    public void A_resubmission_starts_the_clock_again_from_its_own_instant()
    {
        var decision = RequestDecider.Decide(new ResubmitRequest(["ktp", "kk"], Citizen, ResubmittedAt, ThreeWorkingDays), RequestDecider.Fold([Submitted, Returned])!);

        var resubmitted = Assert.IsType<RequestResubmitted>(Assert.Single(decision.Events));
        Assert.Equal(new DateTimeOffset(2026, 12, 9, 16, 0, 0, Wita), resubmitted.Deadline);
    }

    [Fact]
    public void A_request_resubmitted_after_its_first_deadline_and_completed_within_the_new_one_is_not_breached()
    {
        var view = Project(new DateTimeOffset(2026, 12, 8, 11, 0, 0, Wita));

        Assert.Equal(new DateTimeOffset(2026, 12, 9, 16, 0, 0, Wita), view.Deadline);
        Assert.Equal(ResubmittedAt, view.SlaStartedAt);
        Assert.False(view.IsSlaBreached(new DateTimeOffset(2027, 1, 1, 0, 0, 0, Wita)));
        Assert.Equal([Submitted.Deadline, null, view.Deadline, null, null], view.History.Select(h => h.Deadline));
    }

    [Fact]
    public void A_request_completed_after_its_new_deadline_is_breached() =>
        Assert.True(Project(new DateTimeOffset(2026, 12, 10, 9, 0, 0, Wita)).IsSlaBreached(new DateTimeOffset(2027, 1, 1, 0, 0, 0, Wita)));

    [Fact]
    public void A_resubmission_written_before_the_rule_keeps_the_first_deadline()
    {
        var view = ServiceRequestProjection.Create(Event(Submitted, 1));
        ServiceRequestProjection.Apply(Event(Returned, 2), view);
        ServiceRequestProjection.Apply(Event(new RequestResubmitted(["kk"], ResubmittedAt), 3), view);

        Assert.Equal(Submitted.Deadline, view.Deadline);
    }

    [Fact]
    public void The_return_carries_its_reason_category_and_the_view_names_it() =>
        Assert.Equal(ReasonCode.MissingDocument, Assert.IsType<RequestReturned>(Assert.Single(RequestDecider.Decide(
            new ReturnRequest("Lampirkan KK", "officer", SubmittedAt, ReasonCode.MissingDocument), RequestDecider.Fold([Submitted])!).Events)).Code);

    private static ServiceRequestView Project(DateTimeOffset completedAt)
    {
        var view = ServiceRequestProjection.Create(Event(Submitted, 1));
        ServiceRequestProjection.Apply(Event(Returned, 2), view);
        Assert.Equal(ReasonCode.MissingDocument, view.CurrentReason());
        ServiceRequestProjection.Apply(Event(new RequestResubmitted(["ktp", "kk"], ResubmittedAt, ThreeWorkingDays.DeadlineFrom(ResubmittedAt)), 3), view);
        ServiceRequestProjection.Apply(Event(new RequestVerified("officer", ResubmittedAt.AddHours(1)), 4), view);
        ServiceRequestProjection.Apply(Event(new RequestCompleted("officer", completedAt), 5), view);
        return view;
    }

    private static Event<T> Event<T>(T data, long version) where T : notnull => new(data) { Version = version };
}
