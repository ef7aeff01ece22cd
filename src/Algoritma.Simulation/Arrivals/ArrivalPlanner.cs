using Algoritma.Platform.Features.Catalog;
using Algoritma.Simulation.Randomness;
using NodaTime;

namespace Algoritma.Simulation.Arrivals;

/// <summary>
/// The requests that arrive at a kelurahan on a day, each planned whole (channel, service, resident, outcome, timings)
/// from the kelurahan's own random source in a fixed order, so the plans do not depend on how workers interleave.
/// </summary>
internal static class ArrivalPlanner
{
    public static List<RequestPlan> Plan(SimulationRun run, KelurahanProfile profile, LocalDate date)
    {
        var random = profile.Random;
        var working = run.Calendar.IsWorkingDay(date);
        var dayIndex = Period.Between(run.Scenario.StartsOn, date, PeriodUnits.Days).Days;
        int? sinceJoin = profile.JoinsOn is { } joins ? Period.Between(joins, date, PeriodUnits.Days).Days : null;
        int? sinceOfficeJoin = profile.OfficeJoinsOn is { } officeJoins ? Period.Between(officeJoins, date, PeriodUnits.Days).Days : null;
        var share = DigitalShareCurve.Share(profile.Baseline, profile.Plateau, dayIndex, sinceJoin, run.Scenario.IsPriorityDay(date));
        var officeShare = DigitalShareCurve.Share(profile.Baseline, profile.Plateau, dayIndex, sinceOfficeJoin, run.Scenario.IsPriorityDay(date));
        var trend = 1 + (0.15 * dayIndex / 365.0);
        var lambda = SimulationOptions.RequestsPerKelurahanDay * run.Options.Scale * profile.Weight * trend;
        var count = Distributions.Poisson(random, working ? lambda : lambda * share * 0.08);
        var plans = new List<RequestPlan>(count);
        for (var i = 0; i < count; i++)
        {
            // one draw decides digital or not, against the share of where the citizen ends up (kelurahan or kecamatan office)
            var (digitalRoll, kindRoll) = (random.NextDouble(), random.NextDouble());
            Channel ChannelAt(double unitShare) => !working ? Channel.Online
                : digitalRoll >= unitShare ? Channel.Counter
                : kindRoll switch { < 0.68 => Channel.Online, < 0.85 => Channel.Assisted, _ => Channel.Kiosk };
            var channel = ChannelAt(share);
            var offering = run.Catalog.Pick(random, profile, channel, run.UnitKinds);
            if (offering is not null && offering.UnitFor(profile) != profile.Code && ChannelAt(officeShare) is var atOffice && atOffice != channel
                && run.Catalog.Pick(random, profile, atOffice, run.UnitKinds) is { } officeOffering)
            {
                (channel, offering) = (atOffice, officeOffering);
            }

            if (offering is null && channel != Channel.Online)
            {
                channel = Channel.Counter;
                offering = run.Catalog.Pick(random, profile, channel, run.UnitKinds);
            }

            if (offering is null)
            {
                continue;
            }

            var at = channel == Channel.Online
                ? WorkingHours.OnlineInstant(run.Calendar, date, random)
                : WorkingHours.OfficeInstant(run.Calendar, date, random)!.Value;
            var resident = channel == Channel.Online
                ? (int)(profile.OnlinePool * Math.Pow(random.NextDouble(), 1.3))
                : (int)(profile.Residents * Math.Pow(random.NextDouble(), 1.8));
            var documents = offering.Required.Concat(offering.Optional.Where(_ => random.NextDouble() < 0.3)).ToList();
            var online = channel == Channel.Online;
            var roll = random.NextDouble();
            var outcome = channel == Channel.Counter && random.NextDouble() < (offering.Quick ? 0.85 : 0.35) ? Outcome.WalkIn
                : roll < 0.04 ? Outcome.Rejected
                : online && roll < 0.11 ? Outcome.ReturnedThenCompleted
                : online && roll < 0.13 ? Outcome.Cancelled
                : Outcome.Completed;
            var late = random.NextDouble() < (channel == Channel.Counter ? 0.14 : 0.10);
            var verify = 0.05 + (random.NextDouble() * 0.35);
            var complete = verify + 0.05 + (random.NextDouble() * (0.92 - verify));
            var rated = random.NextDouble() < channel switch { Channel.Online => 0.30, Channel.Kiosk => 0.45, _ => 0.25 };
            var scores = SatisfactionScores.Draw(random, channel != Channel.Counter, (offering.UnitFor(profile) == profile.Code ? sinceJoin : sinceOfficeJoin) is >= 0);
            plans.Add(new RequestPlan(profile, offering.Code, offering.UnitFor(profile), channel, documents, resident, at, outcome, late,
                verify, complete, 30 + random.Next(0, 1200), 60 + random.Next(0, 2880), rated ? scores : null,
                online ? 10 + random.Next(0, 2880) : 1 + random.Next(0, 10)));
        }

        return plans;
    }
}
