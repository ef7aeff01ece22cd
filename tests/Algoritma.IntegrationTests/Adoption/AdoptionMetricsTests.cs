using System.Text.Json;
using Algoritma.Platform.Features.Adoption.Rollups;

namespace Algoritma.IntegrationTests.Adoption;

/// <summary>Every metric of the hand-built history against values computed by hand (see AdoptionHistory).</summary>
public sealed class AdoptionMetricsTests(AdoptionHistory history) : IClassFixture<AdoptionHistory>
{
    private const string Counts = "periodStart started completed digitalCompleted rejected completedWithinSla digitalTakeUp completionRate slaCompliance";

    [Fact]
    public async Task Days_are_the_tenants_local_days_and_a_completion_counts_on_its_own_day()
    {
        var days = await PointsAsync($"{{ adoption(from: \"2026-03-02\", to: \"2026-03-05\", granularity: DAY) {{ {Counts} }} }}", "adoption");

        // R1 submitted 23:30 WITA on 2 March, completed 00:30 on 3 March; R2 submitted 00:10 WITA on 3 March (2 March in UTC)
        Assert.Equal(["2026-03-02", "2026-03-03", "2026-03-04"], days.Select(d => d.GetProperty("periodStart").GetString()));
        AssertCounts(days[0], started: 1, completed: 0, digital: 0, rejected: 0, withinSla: 0);
        AssertCounts(days[1], started: 1, completed: 2, digital: 1, rejected: 0, withinSla: 1);
        AssertCounts(days[2], started: 1, completed: 0, digital: 0, rejected: 1, withinSla: 0);
        Assert.Equal(0.5m, days[1].GetProperty("digitalTakeUp").GetDecimal());
        Assert.Equal(JsonValueKind.Null, days[0].GetProperty("digitalTakeUp").ValueKind);
    }

    [Fact]
    public async Task Weeks_start_on_monday_and_carry_the_kpis()
    {
        var weeks = await PointsAsync($"{{ adoption(from: \"2026-03-04\", to: \"2026-03-16\", granularity: WEEK) {{ {Counts} }} }}", "adoption");

        Assert.Equal(["2026-03-02", "2026-03-09"], weeks.Select(d => d.GetProperty("periodStart").GetString()));
        AssertCounts(weeks[0], started: 3, completed: 2, digital: 1, rejected: 1, withinSla: 1);
        Assert.Equal([0.5m, 0.6667m, 0.5m], Kpis(weeks[0]));
        AssertCounts(weeks[1], started: 2, completed: 2, digital: 1, rejected: 0, withinSla: 2);
        Assert.Equal([0.5m, 1m, 1m], Kpis(weeks[1]));
    }

    [Fact]
    public async Task Months_count_citizens_processing_times_and_ikm()
    {
        var months = await PointsAsync($$"""
            { adoption(from: "2026-03-01", to: "2026-05-01", granularity: MONTH) {
                {{Counts}} activeCitizens activeDigitalCitizens newCitizens newDigitalCitizens
                processingTimes { channel completed medianHours p90Hours } ikm { value responses } } }
            """, "adoption");

        var (march, april) = (months[0], months[1]);
        AssertCounts(march, started: 5, completed: 4, digital: 2, rejected: 1, withinSla: 3);
        Assert.Equal([0.5m, 0.8m, 0.75m], Kpis(march));
        Assert.Equal([3L, 2L, 3L, 2L], Citizens(march));
        AssertCounts(april, started: 2, completed: 1, digital: 0, rejected: 0, withinSla: 1);
        Assert.Equal([0m, 0.5m, 1m], Kpis(april));
        Assert.Equal([2L, 1L, 1L, 1L], Citizens(april));

        // March: online 1 h (R1); counter 2 h (R2) and 1 h (R5); assisted 48 h (R4); digital = {1 h, 48 h}
        var times = march.GetProperty("processingTimes").EnumerateArray().ToDictionary(t => t.GetProperty("channel").GetString()!);
        Assert.Equal(["ASSISTED", "COUNTER", "DIGITAL", "ONLINE"], times.Keys.Order());
        // percentiles from the projection's histograms: within 2.5% + 30 s of the exact ones (docs/adoption-metrics.md)
        AssertTime((2L, 1.5, 1.9), times["COUNTER"]);   // median (1+2)/2; p90 1 + 0.9 × 1
        AssertTime((2L, 24.5, 43.3), times["DIGITAL"]);  // median (1+48)/2; p90 1 + 0.9 × 47
        AssertTime((1L, 48.0, 48.0), times["ASSISTED"]);

        // all 4s and all 3s: NRR 3.50; Samarinda rounds to 2 decimals with weight 1/9: 9 × 3.50 / 9 × 25 = 87.50
        Assert.Equal(87.50m, march.GetProperty("ikm").GetProperty("value").GetDecimal());
        Assert.Equal(2, march.GetProperty("ikm").GetProperty("responses").GetInt64());
        Assert.Equal(JsonValueKind.Null, april.GetProperty("ikm").ValueKind);
    }

    [Fact]
    public async Task Online_completions_are_counter_visits_avoided_and_save_the_tenants_visit_hours_each()
    {
        var months = await PointsAsync("""
            { adoption(from: "2026-03-01", to: "2026-05-01", granularity: MONTH) { counterVisitsAvoided citizenHoursSaved } }
            """, "adoption");

        // March: R1 online (the assisted R4 and the counter R2, R5 needed a visit); April: only the counter R7. Samarinda sets 2 h a visit.
        Assert.Equal([(1L, 2m), (0L, 0m)], months.Select(m => (m.GetProperty("counterVisitsAvoided").GetInt64(), m.GetProperty("citizenHoursSaved").GetDecimal())));
    }

    [Fact]
    public async Task Processing_time_is_given_in_working_hours_beside_elapsed_hours()
    {
        var march = (await PointsAsync("""
            { adoption(from: "2026-03-01", to: "2026-04-01", granularity: MONTH) { processingTimes { channel medianHours medianWorkingHours p90WorkingHours } } }
            """, "adoption")).Single();

        // office hours 08:00–16:00 WITA. R2 00:10–02:10 and R1 23:30–00:30: none; R5 10:00–11:00: 1 h;
        // R4 Tuesday 09:00 to Thursday 09:00: 7 + 8 + 1 = 16 h
        var times = march.GetProperty("processingTimes").EnumerateArray().ToDictionary(t => t.GetProperty("channel").GetString()!,
            t => (t.GetProperty("medianWorkingHours").GetDouble(), t.GetProperty("p90WorkingHours").GetDouble()));
        AssertNear((0.5, 0.9), times["COUNTER"]);
        AssertNear((8.0, 14.4), times["DIGITAL"]);
        AssertNear((16.0, 16.0), times["ASSISTED"]);
        Assert.Equal((0.0, 0.0), times["ONLINE"]); // no working time at all is reported exactly
    }

    [Fact]
    public async Task Submissions_count_on_their_submission_day_with_the_digital_share_by_weekday_and_the_campaigns_priority_days()
    {
        var campaign = await Campaigns.CampaignScenario.LaunchAsync(await ManagerAsync(), Campaigns.CampaignScenario.LaunchInput(name: "Hari prioritas"));
        var id = campaign.GetProperty("campaign").GetProperty("id").GetString();
        var week = (await PointsAsync("""{ adoption(from: "2026-03-02", to: "2026-03-09", granularity: WEEK) { submitted digitalSubmitted digitalSubmittedShare completed } }""",
            "adoption")).Single();
        var days = await PointsAsync($$"""{ submissionsByWeekday(from: "2026-03-01", to: "2026-04-01", campaign: "{{id}}") { weekday submitted digitalSubmitted digitalShare priorityDay } }""",
            "submissionsByWeekday");

        // R1 online Monday 2 March (local), R2 counter Tuesday 3 March, R3 kiosk Wednesday 4 March
        Assert.Equal((3L, 2L, 0.6667m, 2L), (week.GetProperty("submitted").GetInt64(), week.GetProperty("digitalSubmitted").GetInt64(),
            week.GetProperty("digitalSubmittedShare").GetDecimal(), week.GetProperty("completed").GetInt64()));
        // Tuesdays: R2 counter, R4 assisted and R5 counter (10 March)
        Assert.Equal(["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"], days.Select(d => d.GetProperty("weekday").GetString()));
        Assert.Equal((1L, 1L, false), Weekday(days[0]));
        Assert.Equal((3L, 1L, true), Weekday(days[1]));
        Assert.Equal((1L, 1L, true), Weekday(days[2]));
        Assert.Equal((0L, 0L, true), Weekday(days[3]));
        Assert.Equal(0.3333m, days[1].GetProperty("digitalShare").GetDecimal());
        Assert.Equal(JsonValueKind.Null, days[3].GetProperty("digitalShare").ValueKind);
    }

    [Fact]
    public async Task A_kecamatan_covers_its_kelurahan_and_a_kelurahan_only_itself()
    {
        var kecamatan = await PointsAsync($"{{ adoption(unit: \"64.72.01\", from: \"2026-03-01\", to: \"2026-04-01\", granularity: MONTH) {{ {Counts} }} }}", "adoption");
        var kelurahanB = await PointsAsync($"{{ adoption(unit: \"{AdoptionHistory.B}\", from: \"2026-03-01\", to: \"2026-04-01\", granularity: MONTH) {{ {Counts} }} }}", "adoption");

        AssertCounts(kecamatan.Single(), started: 4, completed: 3, digital: 1, rejected: 1, withinSla: 2);
        AssertCounts(kelurahanB.Single(), started: 1, completed: 0, digital: 0, rejected: 1, withinSla: 0);
    }

    [Fact]
    public async Task Lifecycle_tells_new_returning_resurrecting_and_dormant_citizens()
    {
        var periods = await PointsAsync("{ lifecycle(from: \"2026-03-01\", to: \"2026-06-01\", granularity: MONTH) { periodStart new returning resurrecting dormant } }", "lifecycle");

        long[] Row(JsonElement p) => [.. new[] { "new", "returning", "resurrecting", "dormant" }.Select(f => p.GetProperty(f).GetInt64())];
        Assert.Equal([3L, 0, 0, 0], Row(periods[0]));  // March: c1, c2, c3 new
        Assert.Equal([1L, 1, 0, 2], Row(periods[1]));  // April: c4 new, c1 returning, c2 and c3 dormant
        Assert.Equal([0L, 0, 1, 2], Row(periods[2]));  // May: c2 resurrecting, c1 and c4 dormant
    }

    [Fact]
    public async Task Retention_follows_each_monthly_cohort()
    {
        var cohorts = await PointsAsync("{ retention(from: \"2026-03-01\", to: \"2026-06-01\") { cohort size periods { offset active rate } } }", "retention");

        Assert.Equal(["2026-03-01", "2026-04-01"], cohorts.Select(c => c.GetProperty("cohort").GetString()));
        Assert.Equal(3, cohorts[0].GetProperty("size").GetInt64());
        var march = cohorts[0].GetProperty("periods").EnumerateArray().Select(p => (p.GetProperty("offset").GetInt32(), p.GetProperty("active").GetInt64(), p.GetProperty("rate").GetDecimal()));
        Assert.Equal([(0, 3L, 1m), (1, 1L, 0.3333m), (2, 1L, 0.3333m)], march);
        Assert.Equal(1, cohorts[1].GetProperty("size").GetInt64());
    }

    [Fact]
    public async Task Units_rank_by_digital_take_up_and_units_without_completions_are_unranked()
    {
        var kelurahan = await PointsAsync("{ unitRanking(metric: DIGITAL_TAKE_UP, minCompleted: 1, from: \"2026-03-01\", to: \"2026-04-01\") { rank unitCode value unit { name } } }", "unitRanking");
        var kecamatan = await PointsAsync("{ unitRanking(metric: DIGITAL_TAKE_UP, minCompleted: 1, level: KECAMATAN, from: \"2026-03-01\", to: \"2026-04-01\") { rank unitCode value } }", "unitRanking");

        Assert.Equal([(1, AdoptionHistory.C, 1m), (2, AdoptionHistory.A, 0.3333m)], kelurahan.Take(2).Select(Ranked));
        Assert.Equal((JsonValueKind.Null, AdoptionHistory.B), (kelurahan[2].GetProperty("rank").ValueKind, kelurahan[2].GetProperty("unitCode").GetString()));
        Assert.Equal("Rawa Makmur", kelurahan[1].GetProperty("unit").GetProperty("name").GetString());
        Assert.Equal([(1, "64.72.02", 1m), (2, "64.72.01", 0.3333m)], kecamatan.Select(Ranked));
    }

    [Fact]
    public async Task Units_below_the_minimum_volume_are_listed_unranked_not_first()
    {
        var byDefault = await PointsAsync("{ unitRanking(metric: DIGITAL_TAKE_UP, from: \"2026-03-01\", to: \"2026-04-01\") { rank unitCode value completed } }", "unitRanking");
        var twoOrMore = await PointsAsync("{ unitRanking(metric: DIGITAL_TAKE_UP, minCompleted: 2, from: \"2026-03-01\", to: \"2026-04-01\") { rank unitCode } }", "unitRanking");

        // C has one completion (take-up 1.0), A three: under the default minimum of 30 nobody is ranked; with 2, only A
        Assert.All(byDefault, u => Assert.Equal(JsonValueKind.Null, u.GetProperty("rank").ValueKind));
        Assert.Equal(1m, byDefault.Single(u => u.GetProperty("unitCode").GetString() == AdoptionHistory.C).GetProperty("value").GetDecimal());
        Assert.Equal((1, AdoptionHistory.A), (twoOrMore[0].GetProperty("rank").GetInt32(), twoOrMore[0].GetProperty("unitCode").GetString()));
        Assert.All(twoOrMore.Skip(1), u => Assert.Equal(JsonValueKind.Null, u.GetProperty("rank").ValueKind));
    }

    [Fact]
    public async Task Bad_arguments_are_refused_with_codes()
    {
        var manager = await ManagerAsync();

        var reversed = await manager.PostAsync("{ adoption(from: \"2026-03-02\", to: \"2026-03-01\") { started } }");
        var tooMany = await manager.PostAsync("{ adoption(from: \"2020-01-01\", to: \"2026-03-01\", granularity: DAY) { started } }");
        var unknownUnit = await manager.PostAsync("{ adoption(unit: \"73.71.01\", from: \"2026-03-01\", to: \"2026-04-01\") { started } }");
        var negativeMinimum = await manager.PostAsync("{ unitRanking(metric: COMPLETED, minCompleted: -1, from: \"2026-03-01\", to: \"2026-04-01\") { rank } }");

        Assert.Equal("BAD_USER_INPUT", reversed.FirstErrorCode);
        Assert.Equal("BAD_USER_INPUT", tooMany.FirstErrorCode);
        Assert.Equal("NOT_FOUND", unknownUnit.FirstErrorCode);
        Assert.Equal("BAD_USER_INPUT", negativeMinimum.FirstErrorCode);
    }

    [Fact]
    public async Task Officers_and_citizens_may_not_read_programme_metrics()
    {
        var officerToken = (await history.Api.SignInAsync("petugas.rawamakmur")).GetProperty("access_token").GetString()!;
        var officer = history.Api.Tenant("samarinda").WithToken(officerToken);

        var refused = await officer.PostAsync("{ adoption(from: \"2026-03-01\", to: \"2026-04-01\") { started } }");

        Assert.Equal("FORBIDDEN", refused.FirstErrorCode);
    }

    [Fact]
    public async Task Another_city_sees_none_of_samarindas_usage()
    {
        var makassar = history.Api.Tenant("makassar").WithToken(await history.Api.CityAdminAsync("makassar"));
        var samarindaToken = await history.Api.CityAdminAsync("samarinda");

        var own = await makassar.PostAsync("{ adoption(from: \"2026-03-01\", to: \"2026-06-01\", granularity: MONTH) { started activeCitizens } "
            + "retention(from: \"2026-03-01\", to: \"2026-06-01\") { size } unitRanking(metric: STARTED, from: \"2026-03-01\", to: \"2026-06-01\") { unitCode } }");
        var guessedUnit = await makassar.PostAsync($"{{ adoption(unit: \"{AdoptionHistory.A}\", from: \"2026-03-01\", to: \"2026-04-01\") {{ started }} }}");
        var crossToken = await history.Api.Tenant("makassar").WithToken(samarindaToken).PostAsync("{ adoption(from: \"2026-03-01\", to: \"2026-04-01\") { started } }");

        Assert.True(own.Errors.Count == 0, own.ToString());
        Assert.All(own.Data.GetProperty("adoption").EnumerateArray(), p => Assert.Equal((0L, 0L), (p.GetProperty("started").GetInt64(), p.GetProperty("activeCitizens").GetInt64())));
        Assert.Empty(own.Data.GetProperty("retention").EnumerateArray());
        Assert.Empty(own.Data.GetProperty("unitRanking").EnumerateArray());
        Assert.Equal("NOT_FOUND", guessedUnit.FirstErrorCode);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, crossToken.Status);
    }

    private async Task<GraphQLClient> ManagerAsync()
    {
        var token = (await history.Api.SignInAsync("manajer.samarinda")).GetProperty("access_token").GetString()!;
        return history.Api.Tenant("samarinda").WithToken(token);
    }

    private async Task<JsonElement[]> PointsAsync(string query, string field)
    {
        var response = await (await ManagerAsync()).PostAsync(query);
        Assert.True(response.Errors.Count == 0, response.ToString());
        return [.. response.Data.GetProperty(field).EnumerateArray()];
    }

    private static void AssertCounts(JsonElement point, long started, long completed, long digital, long rejected, long withinSla) =>
        Assert.Equal((started, completed, digital, rejected, withinSla), (point.GetProperty("started").GetInt64(), point.GetProperty("completed").GetInt64(),
            point.GetProperty("digitalCompleted").GetInt64(), point.GetProperty("rejected").GetInt64(), point.GetProperty("completedWithinSla").GetInt64()));

    private static decimal[] Kpis(JsonElement point) =>
        [.. new[] { "digitalTakeUp", "completionRate", "slaCompliance" }.Select(f => point.GetProperty(f).GetDecimal())];

    private static long[] Citizens(JsonElement point) =>
        [.. new[] { "activeCitizens", "activeDigitalCitizens", "newCitizens", "newDigitalCitizens" }.Select(f => point.GetProperty(f).GetInt64())];

    private static void AssertTime((long Completed, double Median, double P90) expected, JsonElement t)
    {
        Assert.Equal(expected.Completed, t.GetProperty("completed").GetInt64());
        AssertNear((expected.Median, expected.P90), (t.GetProperty("medianHours").GetDouble(), t.GetProperty("p90Hours").GetDouble()));
    }

    /// <summary>Each of a pair of hours within the histograms' bound of the exact value.</summary>
    private static void AssertNear((double Median, double P90) expected, (double Median, double P90) actual)
    {
        foreach (var (exact, reported) in new[] { (expected.Median, actual.Median), (expected.P90, actual.P90) })
        {
            var bound = (DurationHistogram.Alpha * exact) + (DurationHistogram.FloorSeconds / 3600);
            Assert.True(Math.Abs(reported - exact) <= bound + 1e-9, $"{reported} h is not within {bound} h of {exact} h");
        }
    }

    private static (long, long, bool) Weekday(JsonElement d) =>
        (d.GetProperty("submitted").GetInt64(), d.GetProperty("digitalSubmitted").GetInt64(), d.GetProperty("priorityDay").GetBoolean());

    private static (int, string, decimal) Ranked(JsonElement u) =>
        (u.GetProperty("rank").GetInt32(), u.GetProperty("unitCode").GetString()!, u.GetProperty("value").GetDecimal());
}
