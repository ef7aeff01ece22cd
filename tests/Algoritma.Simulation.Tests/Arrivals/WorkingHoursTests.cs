using Algoritma.Platform.Features.Requests.Sla;
using Algoritma.Simulation.Arrivals;
using NodaTime;

namespace Algoritma.Simulation.Tests.Arrivals;

public sealed class WorkingHoursTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Create(
        "Asia/Makassar", [1, 2, 3, 4, 5], [new DateOnly(2026, 8, 17)], new TimeOnly(8, 0), new TimeOnly(16, 0));

    [Fact]
    public void Office_instants_fall_within_office_hours_of_working_days()
    {
        var random = new Random(7);
        for (var date = new LocalDate(2026, 8, 1); date < new LocalDate(2026, 9, 1); date = date.PlusDays(1))
        {
            for (var i = 0; i < 50; i++)
            {
                var instant = WorkingHours.OfficeInstant(Calendar, date, random);
                if (!Calendar.IsWorkingDay(date))
                {
                    Assert.Null(instant);
                    continue;
                }

                var local = instant!.Value.InZone(Calendar.Zone).LocalDateTime;
                Assert.Equal(date, local.Date);
                Assert.InRange(local.TimeOfDay, new LocalTime(8, 0), new LocalTime(16, 0));
                Assert.True(WorkingHours.IsWithinOfficeHours(Calendar, instant.Value));
            }
        }

        Assert.Null(WorkingHours.OfficeInstant(Calendar, new LocalDate(2026, 8, 17), random)); // Proklamasi
        Assert.Null(WorkingHours.OfficeInstant(Calendar, new LocalDate(2026, 8, 15), random)); // Saturday
    }

    [Fact]
    public void Officer_actions_after_working_minutes_land_in_office_hours()
    {
        var friday = new LocalDateTime(2026, 8, 14, 15, 30).InZoneStrictly(Calendar.Zone).ToInstant();
        var next = WorkingHours.AfterWorkingMinutes(friday, 60, Calendar);

        // 30 minutes on Friday, then Monday the 17th is a holiday: Tuesday 08:30
        Assert.Equal(new LocalDateTime(2026, 8, 18, 8, 30), next.InZone(Calendar.Zone).LocalDateTime);
        Assert.True(WorkingHours.IsWithinOfficeHours(Calendar, next));
    }

    [Fact]
    public void Online_instants_are_on_the_day_between_six_and_midnight()
    {
        var random = new Random(3);
        var saturday = new LocalDate(2026, 8, 15);
        for (var i = 0; i < 200; i++)
        {
            var local = WorkingHours.OnlineInstant(Calendar, saturday, random).InZone(Calendar.Zone).LocalDateTime;
            Assert.Equal(saturday, local.Date);
            Assert.InRange(local.Hour, 6, 22);
        }
    }
}
