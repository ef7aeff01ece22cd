using Algoritma.Platform.Features.Requests.Sla;
using NodaTime;

namespace Algoritma.Platform.Tests.Features.Requests;

public sealed class SlaCalculatorTests
{
    // Mon–Fri, 08:00–16:00, with Independence Day (Monday 2026-08-17) as a tenant holiday.
    private static readonly WorkingCalendar Makassar = Calendar("Asia/Makassar");
    private static readonly WorkingCalendar Jakarta = Calendar("Asia/Jakarta");

    private static readonly ServiceLevel SixtyMinutes = new(SlaUnit.WorkingMinutes, 60);
    private static readonly ServiceLevel ThreeDays = new(SlaUnit.WorkingDays, 3);

    private static WorkingCalendar Calendar(string zoneId) => WorkingCalendar.Create(
        zoneId,
        [1, 2, 3, 4, 5],
        [new DateOnly(2026, 8, 17)],
        new TimeOnly(8, 0),
        new TimeOnly(16, 0));

    /// <summary>The instant of a local date-time in the calendar's zone.</summary>
    private static Instant At(WorkingCalendar calendar, int year, int month, int day, int hour, int minute = 0) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(calendar.Zone).ToInstant();

    private static LocalDateTime Local(Instant instant, WorkingCalendar calendar) =>
        instant.InZone(calendar.Zone).LocalDateTime;

    [Fact]
    public void Minutes_within_office_hours_end_the_same_day()
    {
        // Monday 2026-03-02 10:00 + 60 min → Monday 11:00.
        var deadline = SlaCalculator.Deadline(At(Makassar, 2026, 3, 2, 10), SixtyMinutes, Makassar);

        Assert.Equal(new LocalDateTime(2026, 3, 2, 11, 0), Local(deadline, Makassar));
    }

    [Fact]
    public void Minutes_that_exactly_fill_the_day_end_at_closing_time()
    {
        var deadline = SlaCalculator.Deadline(At(Makassar, 2026, 3, 2, 15), SixtyMinutes, Makassar);

        Assert.Equal(new LocalDateTime(2026, 3, 2, 16, 0), Local(deadline, Makassar));
    }

    [Fact]
    public void Minutes_carry_over_to_the_next_working_day()
    {
        // Tuesday 15:30: 30 min left today, 30 min from Wednesday's 08:00 opening.
        var deadline = SlaCalculator.Deadline(At(Makassar, 2026, 3, 3, 15, 30), SixtyMinutes, Makassar);

        Assert.Equal(new LocalDateTime(2026, 3, 4, 8, 30), Local(deadline, Makassar));
    }

    [Fact]
    public void Friday_afternoon_minutes_carry_over_the_weekend_to_monday()
    {
        var deadline = SlaCalculator.Deadline(At(Makassar, 2026, 3, 6, 15, 30), SixtyMinutes, Makassar);

        Assert.Equal(new LocalDateTime(2026, 3, 9, 8, 30), Local(deadline, Makassar));
    }

    [Fact]
    public void Minutes_skip_a_tenant_holiday()
    {
        // Friday 2026-08-14 15:30; Monday 2026-08-17 is Independence Day → Tuesday 08:30.
        var deadline = SlaCalculator.Deadline(At(Makassar, 2026, 8, 14, 15, 30), SixtyMinutes, Makassar);

        Assert.Equal(new LocalDateTime(2026, 8, 18, 8, 30), Local(deadline, Makassar));
    }

    [Fact]
    public void Minutes_span_several_working_days()
    {
        // Monday 10:00 + 1000 min: 360 Monday, 480 Tuesday, 160 Wednesday → Wednesday 10:40.
        var deadline = SlaCalculator.Deadline(At(Makassar, 2026, 3, 2, 10), new ServiceLevel(SlaUnit.WorkingMinutes, 1000), Makassar);

        Assert.Equal(new LocalDateTime(2026, 3, 4, 10, 40), Local(deadline, Makassar));
    }

    [Fact]
    public void Request_before_opening_starts_at_opening_the_same_day()
    {
        var submitted = At(Makassar, 2026, 3, 2, 6);

        Assert.Equal(new LocalDateTime(2026, 3, 2, 9, 0), Local(SlaCalculator.Deadline(submitted, SixtyMinutes, Makassar), Makassar));
        Assert.Equal(new LocalDateTime(2026, 3, 2, 16, 0), Local(SlaCalculator.Deadline(submitted, new ServiceLevel(SlaUnit.WorkingDays, 1), Makassar), Makassar));
    }

    [Fact]
    public void Request_after_office_hours_starts_the_next_working_day()
    {
        // Monday 19:00 → clock starts Tuesday 08:00; Tuesday is working day 1.
        var submitted = At(Makassar, 2026, 3, 2, 19);

        Assert.Equal(new LocalDateTime(2026, 3, 3, 9, 0), Local(SlaCalculator.Deadline(submitted, SixtyMinutes, Makassar), Makassar));
        Assert.Equal(new LocalDateTime(2026, 3, 5, 16, 0), Local(SlaCalculator.Deadline(submitted, ThreeDays, Makassar), Makassar));
    }

    [Fact]
    public void Request_at_closing_time_starts_the_next_working_day()
    {
        var deadline = SlaCalculator.Deadline(At(Makassar, 2026, 3, 2, 16), SixtyMinutes, Makassar);

        Assert.Equal(new LocalDateTime(2026, 3, 3, 9, 0), Local(deadline, Makassar));
    }

    [Fact]
    public void Request_submitted_on_saturday_starts_on_monday()
    {
        var submitted = At(Makassar, 2026, 3, 7, 11);

        Assert.Equal(new LocalDateTime(2026, 3, 9, 9, 0), Local(SlaCalculator.Deadline(submitted, SixtyMinutes, Makassar), Makassar));
        Assert.Equal(new LocalDateTime(2026, 3, 9, 16, 0), Local(SlaCalculator.Deadline(submitted, new ServiceLevel(SlaUnit.WorkingDays, 1), Makassar), Makassar));
    }

    [Fact]
    public void Request_submitted_on_a_holiday_starts_the_next_working_day()
    {
        var deadline = SlaCalculator.Deadline(At(Makassar, 2026, 8, 17, 10), SixtyMinutes, Makassar);

        Assert.Equal(new LocalDateTime(2026, 8, 18, 9, 0), Local(deadline, Makassar));
    }

    [Fact]
    public void Three_working_days_from_monday_morning_end_wednesday_at_closing()
    {
        var deadline = SlaCalculator.Deadline(At(Makassar, 2026, 3, 2, 10), ThreeDays, Makassar);

        Assert.Equal(new LocalDateTime(2026, 3, 4, 16, 0), Local(deadline, Makassar));
    }

    [Fact]
    public void Working_days_skip_the_weekend_and_a_holiday()
    {
        // Friday 2026-08-14 (day 1), skip Sat/Sun and Monday 17 Agustus, Tuesday (2), Wednesday (3).
        var deadline = SlaCalculator.Deadline(At(Makassar, 2026, 8, 14, 10), ThreeDays, Makassar);

        Assert.Equal(new LocalDateTime(2026, 8, 19, 16, 0), Local(deadline, Makassar));
    }

    [Fact]
    public void Same_instant_before_opening_in_jakarta_is_in_office_hours_in_makassar()
    {
        // Monday 2026-03-02 07:30 WIB = 08:30 WITA.
        var submitted = At(Jakarta, 2026, 3, 2, 7, 30);
        Assert.Equal(new LocalDateTime(2026, 3, 2, 8, 30), Local(submitted, Makassar));

        var inMakassar = SlaCalculator.Deadline(submitted, SixtyMinutes, Makassar);
        var inJakarta = SlaCalculator.Deadline(submitted, SixtyMinutes, Jakarta);

        Assert.Equal(new LocalDateTime(2026, 3, 2, 9, 30), Local(inMakassar, Makassar));
        Assert.Equal(new LocalDateTime(2026, 3, 2, 9, 0), Local(inJakarta, Jakarta));
        // 09:30 WITA is 08:30 WIB: the Makassar tenant owes the answer 30 minutes earlier.
        Assert.Equal(Duration.FromMinutes(30), inJakarta - inMakassar);
    }

    [Fact]
    public void Same_instant_is_after_hours_in_makassar_but_in_hours_in_jakarta()
    {
        // Monday 2026-03-02 15:30 WIB = 16:30 WITA: Makassar's day 1 is Tuesday, Jakarta's is Monday.
        var submitted = At(Jakarta, 2026, 3, 2, 15, 30);
        var oneDay = new ServiceLevel(SlaUnit.WorkingDays, 1);

        Assert.Equal(new LocalDateTime(2026, 3, 3, 16, 0), Local(SlaCalculator.Deadline(submitted, oneDay, Makassar), Makassar));
        Assert.Equal(new LocalDateTime(2026, 3, 2, 16, 0), Local(SlaCalculator.Deadline(submitted, oneDay, Jakarta), Jakarta));
    }

    [Fact]
    public void Is_breached_only_when_completed_or_now_is_after_the_deadline()
    {
        var deadline = At(Makassar, 2026, 3, 4, 16);
        var before = deadline - Duration.FromMinutes(1);
        var after = deadline + Duration.FromMinutes(1);

        Assert.False(SlaCalculator.IsBreached(deadline, completedAt: before, now: after));
        Assert.False(SlaCalculator.IsBreached(deadline, completedAt: deadline, now: after));
        Assert.True(SlaCalculator.IsBreached(deadline, completedAt: after, now: after));
        Assert.False(SlaCalculator.IsBreached(deadline, completedAt: null, now: before));
        Assert.False(SlaCalculator.IsBreached(deadline, completedAt: null, now: deadline));
        Assert.True(SlaCalculator.IsBreached(deadline, completedAt: null, now: after));
    }

    [Fact]
    public void Working_time_between_excludes_the_night()
    {
        // Monday 15:00 → Tuesday 09:00: 1 h Monday + 1 h Tuesday.
        var elapsed = SlaCalculator.WorkingTimeBetween(At(Makassar, 2026, 3, 2, 15), At(Makassar, 2026, 3, 3, 9), Makassar);

        Assert.Equal(Duration.FromHours(2), elapsed);
    }

    [Fact]
    public void Working_time_between_excludes_the_weekend()
    {
        // Friday 14:00 → Monday 10:00: 2 h Friday + 2 h Monday.
        var elapsed = SlaCalculator.WorkingTimeBetween(At(Makassar, 2026, 3, 6, 14), At(Makassar, 2026, 3, 9, 10), Makassar);

        Assert.Equal(Duration.FromHours(4), elapsed);
    }

    [Fact]
    public void Working_time_between_excludes_a_holiday_and_is_zero_when_reversed()
    {
        // Friday 2026-08-14 15:00 → Tuesday 2026-08-18 08:30: 1 h Friday + 30 min Tuesday.
        var from = At(Makassar, 2026, 8, 14, 15);
        var to = At(Makassar, 2026, 8, 18, 8, 30);

        Assert.Equal(Duration.FromMinutes(90), SlaCalculator.WorkingTimeBetween(from, to, Makassar));
        Assert.Equal(Duration.Zero, SlaCalculator.WorkingTimeBetween(to, from, Makassar));
    }

    [Fact]
    public void Working_time_from_submission_to_deadline_equals_the_promised_minutes()
    {
        var submitted = At(Makassar, 2026, 8, 14, 15, 30);
        var deadline = SlaCalculator.Deadline(submitted, SixtyMinutes, Makassar);

        Assert.Equal(Duration.FromMinutes(60), SlaCalculator.WorkingTimeBetween(submitted, deadline, Makassar));
    }

    [Theory]
    [InlineData(SlaUnit.WorkingDays, 0)]
    [InlineData(SlaUnit.WorkingMinutes, 0)]
    [InlineData(SlaUnit.WorkingMinutes, -5)]
    public void Non_positive_amount_throws(SlaUnit unit, int amount)
    {
        Assert.Throws<ArgumentOutOfRangeException>(
            () => SlaCalculator.Deadline(At(Makassar, 2026, 3, 2, 10), new ServiceLevel(unit, amount), Makassar));
    }

    [Fact]
    public void Calendar_without_work_days_throws()
    {
        var noWorkDays = WorkingCalendar.Create("Asia/Makassar", [], [], new TimeOnly(8, 0), new TimeOnly(16, 0));

        Assert.Throws<ArgumentOutOfRangeException>(
            () => SlaCalculator.Deadline(At(Makassar, 2026, 3, 2, 10), SixtyMinutes, noWorkDays));
        Assert.Throws<ArgumentOutOfRangeException>(
            () => SlaCalculator.WorkingTimeBetween(At(Makassar, 2026, 3, 2, 10), At(Makassar, 2026, 3, 3, 10), noWorkDays));
    }

    [Fact]
    public void Create_maps_the_stored_tenant_calendar()
    {
        Assert.Equal(DateTimeZoneProviders.Tzdb["Asia/Makassar"], Makassar.Zone);
        Assert.Equal(new LocalTime(8, 0), Makassar.Opens);
        Assert.Equal(new LocalTime(16, 0), Makassar.Closes);
        Assert.True(Makassar.IsWorkingDay(new LocalDate(2026, 8, 14)));
        Assert.False(Makassar.IsWorkingDay(new LocalDate(2026, 8, 15)));
        Assert.False(Makassar.IsWorkingDay(new LocalDate(2026, 8, 17)));
        Assert.Throws<ArgumentOutOfRangeException>(
            () => WorkingCalendar.Create("Asia/Makassar", [0], [], new TimeOnly(8, 0), new TimeOnly(16, 0)));
        Assert.Throws<ArgumentOutOfRangeException>(
            () => WorkingCalendar.Create("Asia/Makassar", [1], [], new TimeOnly(16, 0), new TimeOnly(8, 0)));
    }
}
