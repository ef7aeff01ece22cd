using Algoritma.Platform.Features.Adoption;
using Algoritma.Platform.Features.Adoption.Reading;
using Algoritma.Platform.Features.Adoption.Rollups;
using Algoritma.Platform.Features.Campaigns;
using Algoritma.Platform.Features.Catalog;
using Algoritma.Platform.Features.Requests.Sla;
using Algoritma.Platform.Features.Satisfaction;
using Algoritma.Simulation;
using Algoritma.Simulation.Programme;
using Dapper;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Algoritma.IntegrationTests.Adoption;

/// <summary>
/// The period roll-ups against the queries they replace (kept here as the oracle), on a simulated year: IKM, rankings
/// and campaign progress equal, processing-time percentiles within the histograms' bound (2.5% + 30 s), for the city,
/// a kecamatan and a kelurahan and ranges whose ends are not period boundaries.
/// </summary>
public sealed class PeriodRollupOracleTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Tenant = "samarinda";
    private static readonly LocalDate End = new(2026, 11, 27);
    private static readonly string?[] Units = [null, "64.72.01", "64.72.01.1001"];

    private static readonly (Granularity Grain, LocalDate From, LocalDate To)[] Ranges =
    [
        (Granularity.Week, new(2025, 12, 3), new(2026, 11, 26)),
        (Granularity.Month, new(2025, 12, 17), new(2026, 11, 20)),
        (Granularity.Day, new(2026, 6, 3), new(2026, 6, 19)),
    ];

    [Fact]
    public async Task Rolled_up_answers_equal_the_reference_queries_and_percentiles_keep_their_bound()
    {
        var launcher = ActivatorUtilities.CreateInstance<AlgoritmaCampaignLauncher>(api.Services);
        var result = await ActivatorUtilities.CreateInstance<UsageSimulator>(api.Services).RunAsync(
            new SimulationOptions(Tenant, Months: 12, End: End, Seed: 5, Scale: 0.25), async (s, token) => await launcher.LaunchAsync(s, token));
        Assert.Equal(0, result.Failures);
        await api.CatchUpAsync();
        var calendar = await api.InTenantAsync<TenantCalendars, WorkingCalendar>(Tenant, c => c.CurrentAsync(CancellationToken.None));
        var database = api.Services.GetRequiredService<AdoptionDatabase>();
        await using var reads = api.Services.CreateAsyncScope();
        var series = reads.ServiceProvider.GetRequiredService<AdoptionSeries>();
        var ranking = reads.ServiceProvider.GetRequiredService<UnitRanking>();

        var compared = 0;
        foreach (var unit in Units)
        {
            foreach (var (grain, from, to) in Ranges)
            {
                var scope = new AdoptionScope(Tenant, unit, from, to, grain);
                var points = await series.ReadAsync(scope, AdoptionParts.Everything with { WorkingCalendar = calendar }, CancellationToken.None);
                await using var connection = await database.OpenConnectionAsync(Tenant, CancellationToken.None);
                var exact = await ExactTimesAsync(connection, scope, calendar);
                var ratings = (await connection.QueryAsync<RatingRow>(new CommandDefinition(RatingSql, scope.Parameters))).ToDictionary(r => LocalDate.FromDateOnly(r.Period));

                foreach (var point in points)
                {
                    var what = $"{unit ?? "city"} {grain} {point.PeriodStart}";
                    var expectedIkm = ratings.TryGetValue(point.PeriodStart, out var r) ? r.Sums : IkmSums.Empty;
                    Assert.Equal(expectedIkm.Responses, point.Satisfaction!.Responses);
                    Assert.Equal(expectedIkm.ElementSums, point.Satisfaction.ElementSums);
                    var times = point.ProcessingTimes!.ToDictionary(t => t.Channel);
                    var expected = exact.Where(e => e.Key.Period == point.PeriodStart).ToDictionary(e => e.Key.Channel, e => e.Value);
                    Assert.Equal(expected.Keys.Order(), times.Keys.Order());
                    foreach (var (channel, values) in expected)
                    {
                        var time = times[channel];
                        Assert.Equal(values.Elapsed.Count, time.Completed);
                        AssertWithinBound(values.Elapsed, 50, time.Median, $"{what} {channel} median");
                        AssertWithinBound(values.Elapsed, 90, time.P90, $"{what} {channel} p90");
                        AssertWithinBound(values.Working, 50, time.MedianWorking!.Value, $"{what} {channel} working median");
                        AssertWithinBound(values.Working, 90, time.P90Working!.Value, $"{what} {channel} working p90");
                        compared++;
                    }
                }

                foreach (var level in new[] { UnitLevel.Kecamatan, UnitLevel.Kelurahan })
                {
                    var sql = string.Format(System.Globalization.CultureInfo.InvariantCulture, RankingSql, level == UnitLevel.Kecamatan ? 3 : 4);
                    var rows = await connection.QueryAsync<RankRow>(new CommandDefinition(sql, scope.Parameters));
                    var reference = UnitRanking.Rank([.. rows.Select(row => (row.UnitCode, row.Counts))], RankingMetric.DigitalTakeUp, 30);
                    Assert.Equal(reference, await ranking.RankAsync(scope, RankingMetric.DigitalTakeUp, level, CancellationToken.None));
                }
            }
        }

        Assert.True(compared > 100, $"only {compared} processing times compared");
        await AssertCampaignProgressEqualAsync(database);
        await AssertOtherTenantsSeeNoRollupAsync(database, series);
        await AssertOtherTenantsGetNoUsageAsync(ranking);
    }

    /// <summary>Campaign progress's usage segments and the ranking read in another tenant find none of this tenant's usage.</summary>
    private async Task AssertOtherTenantsGetNoUsageAsync(UnitRanking ranking)
    {
        Assert.Empty(await api.InTenantAsync<IUnitDayUsageSource, IReadOnlyList<UnitDayUsage>>("makassar",
            source => source.UnitDaysAsync(new(2025, 12, 1), End, [new(2026, 3, 29), new(2026, 6, 2)], CancellationToken.None)));
        Assert.Empty(await ranking.RankAsync(
            new AdoptionScope("makassar", null, new(2025, 12, 1), End, Granularity.Month), RankingMetric.DigitalTakeUp, UnitLevel.Kelurahan, CancellationToken.None));
    }

    /// <summary>Another tenant's sessions see none of the roll-ups' rows (row-level security), even asking for this tenant's.</summary>
    private static async Task AssertOtherTenantsSeeNoRollupAsync(AdoptionDatabase database, AdoptionSeries series)
    {
        const string Count = """
            SELECT (SELECT count(*) FROM marten.adoption_processing_times) + (SELECT count(*) FROM marten.adoption_satisfaction_rollup)
                 + (SELECT count(*) FROM marten.adoption_unit_month_usage)
            """;
        await using (var own = await database.OpenConnectionAsync(Tenant, CancellationToken.None))
        {
            Assert.True(await own.ExecuteScalarAsync<long>(Count) > 0);
        }

        await using (var other = await database.OpenConnectionAsync("makassar", CancellationToken.None))
        {
            Assert.Equal(0, await other.ExecuteScalarAsync<long>(Count));
        }

        var points = await series.ReadAsync(new AdoptionScope("makassar", null, new(2025, 12, 1), End, Granularity.Month), AdoptionParts.Everything, CancellationToken.None);
        Assert.All(points, p => Assert.Equal((0, 0L), (p.ProcessingTimes!.Count, p.Satisfaction!.Responses)));
    }

    /// <summary>A campaign's progress from the rolled-up rows equals its progress from every day row, on several days.</summary>
    private async Task AssertCampaignProgressEqualAsync(AdoptionDatabase database)
    {
        var campaign = Assert.Single(await api.InTenantAsync<IQuerySession, IReadOnlyList<CampaignView>>(Tenant, s => s.Query<CampaignView>().ToListAsync()));
        var from = LocalDate.FromDateOnly(campaign.From);
        foreach (var today in new[] { from.PlusDays(17), from.PlusDays(100), End, End.PlusDays(40) })
        {
            foreach (var weeks in new[] { 1, 4, 13 })
            {
                var (start, toExclusive) = CampaignProgressCalculator.RowsWindow(campaign, today);
                await using var connection = await database.OpenConnectionAsync(Tenant, CancellationToken.None);
                var dayRows = (await connection.QueryAsync<DayRow>(new CommandDefinition(DayRowsSql,
                    new AdoptionScope(Tenant, null, start, toExclusive, Granularity.Day).Parameters))).Select(r => r.ToUsage()).ToList();
                var cuts = CampaignProgressCalculator.Cuts(campaign, today, weeks);
                var rolled = await api.InTenantAsync<IUnitDayUsageSource, IReadOnlyList<UnitDayUsage>>(Tenant,
                    source => source.UnitDaysAsync(start, toExclusive, cuts, CancellationToken.None));

                Assert.True(rolled.Count < dayRows.Count, $"{rolled.Count} rolled-up rows for {dayRows.Count} day rows");
                var expected = CampaignProgressCalculator.Compute(campaign, dayRows, today, weeks);
                var actual = CampaignProgressCalculator.Compute(campaign, rolled, today, weeks);
                Assert.Equal(expected with { UpliftByLevel = [], Waves = [] }, actual with { UpliftByLevel = [], Waves = [] });
                Assert.Equal(expected.UpliftByLevel, actual.UpliftByLevel);
                Assert.Equal(expected.Waves, actual.Waves);
            }
        }
    }

    private static void AssertWithinBound(List<Duration> values, double p, Duration reported, string what)
    {
        var exact = AdoptionMetrics.Percentile(values, p)!.Value.TotalSeconds;
        var bound = (DurationHistogram.Alpha * exact) + DurationHistogram.FloorSeconds;
        Assert.True(Math.Abs(reported.TotalSeconds - exact) <= bound + 1e-3, $"{what}: {reported.TotalSeconds} s is not within {bound} s of {exact} s");
    }

    /// <summary>Every completion's elapsed and working time (on the calendar, as the reader computed it before), per period and channel.</summary>
    private static async Task<Dictionary<(LocalDate Period, string Channel), (List<Duration> Elapsed, List<Duration> Working)>> ExactTimesAsync(
        Npgsql.NpgsqlConnection connection, AdoptionScope scope, WorkingCalendar calendar)
    {
        var rows = await connection.QueryAsync<CompletionRow>(new CommandDefinition(CompletionsSql, scope.Parameters));
        var times = new Dictionary<(LocalDate, string), (List<Duration>, List<Duration>)>();
        foreach (var row in rows)
        {
            var (submitted, completed) = (Instant.FromDateTimeUtc(row.SubmittedAt), Instant.FromDateTimeUtc(row.CompletedAt));
            foreach (var channel in row.Channel == "COUNTER" ? [row.Channel] : new[] { row.Channel, "DIGITAL" })
            {
                var key = (LocalDate.FromDateOnly(row.Period), channel);
                if (!times.TryGetValue(key, out var lists))
                {
                    lists = ([], []);
                    times[key] = lists;
                }

                lists.Item1.Add(Duration.FromSeconds(row.ProcessingSeconds));
                lists.Item2.Add(SlaCalculator.WorkingTimeBetween(submitted, completed, calendar));
            }
        }

        return times;
    }

    // the reference queries: what AdoptionSeries, UnitRanking and UnitDayUsageReader read before the roll-ups
    private static readonly string CompletionsSql = $"""
        SELECT {AdoptionScope.PeriodOf("c.day")} AS period, c.channel, c.processing_seconds AS processingseconds, f.submitted_at AS submittedat,
               f.submitted_at + c.processing_seconds * interval '1 second' AS completedat
        FROM marten.adoption_completions c
        JOIN marten.adoption_request_facts f ON f.tenant_id = c.tenant_id AND f.request_id = c.request_id
        WHERE c.tenant_id = @Tenant AND c.day >= @From AND c.day < @To AND {AdoptionScope.UnitFilter("c.unit_code")}
        """;

    private static readonly string RatingSql = $"""
        SELECT {AdoptionScope.PeriodOf("day")} AS period, sum(responses)::bigint AS responses, sum(u1)::bigint AS u1, sum(u2)::bigint AS u2, sum(u3)::bigint AS u3,
               sum(u4)::bigint AS u4, sum(u5)::bigint AS u5, sum(u6)::bigint AS u6, sum(u7)::bigint AS u7, sum(u8)::bigint AS u8, sum(u9)::bigint AS u9
        FROM marten.adoption_satisfaction_daily
        WHERE tenant_id = @Tenant AND day >= @From AND day < @To AND {AdoptionScope.UnitFilter("unit_code")}
        GROUP BY 1
        """;

    private static readonly string RankingSql = $$"""
        SELECT array_to_string((string_to_array(unit_code, '.'))[1:{0}], '.') AS unitcode,
               {{AdoptionScope.UsageSums}}
        FROM marten.adoption_daily_usage
        WHERE tenant_id = @Tenant AND day >= @From AND day < @To AND cardinality(string_to_array(unit_code, '.')) >= {0}
          AND {{AdoptionScope.UnitFilter("unit_code")}}
        GROUP BY 1
        """;

    private const string DayRowsSql = """
        SELECT unit_code AS unitcode, day, channel, sum(started)::bigint AS started, sum(completed)::bigint AS completed,
               sum(rejected)::bigint AS rejected, sum(completed_within_sla)::bigint AS completedwithinsla
        FROM marten.adoption_daily_usage
        WHERE tenant_id = @Tenant AND day >= @From AND day < @To
        GROUP BY unit_code, day, channel
        """;

    private sealed record CompletionRow(DateOnly Period, string Channel, double ProcessingSeconds, DateTime SubmittedAt, DateTime CompletedAt);

    private sealed record RatingRow(DateOnly Period, long Responses, long U1, long U2, long U3, long U4, long U5, long U6, long U7, long U8, long U9)
    {
        public IkmSums Sums => new([U1, U2, U3, U4, U5, U6, U7, U8, U9], Responses);
    }

    private sealed record RankRow(string UnitCode, long Started, long Completed, long DigitalCompleted, long Rejected, long CompletedWithinSla, long DigitalSubmitted)
    {
        public UsageCounts Counts => new(Started, Completed, DigitalCompleted, Rejected, CompletedWithinSla, DigitalSubmitted);
    }

    private sealed record DayRow(string UnitCode, DateOnly Day, string Channel, long Started, long Completed, long Rejected, long CompletedWithinSla)
    {
        public UnitDayUsage ToUsage()
        {
            var channel = Enum.Parse<Channel>(Channel, ignoreCase: true);
            var isDigital = AdoptionMetrics.IsDigital(channel);
            return new UnitDayUsage(UnitCode, LocalDate.FromDateOnly(Day), channel,
                new UsageCounts(Started, Completed, isDigital ? Completed : 0, Rejected, CompletedWithinSla, isDigital ? Started : 0));
        }
    }
}
