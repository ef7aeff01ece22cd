using Algoritma.IntegrationTests.Campaigns;

namespace Algoritma.IntegrationTests.Inputs;

/// <summary>Dates: analytics ranges and campaign periods lie within 2000-01-01 … 2099-12-31 and a bounded span.</summary>
[Collection(ApiCollection.Name)]
public sealed class AnalyticsAndCampaignInputTests(ApiFactory api)
{
    private readonly CampaignScenario _scenario = new(api);

    public static TheoryData<string, string, string> OutOfBoundsRanges()
    {
        string[] queries =
        [
            "adoption(from: $from, to: $to) { started }",
            "lifecycle(from: $from, to: $to) { periodStart }",
            "retention(from: $from, to: $to) { cohort }",
            "unitRanking(metric: STARTED, from: $from, to: $to) { unitCode }",
        ];
        (string From, string To)[] ranges =
        [
            ("9999-01-01", "9999-12-31"), // far future
            ("1900-01-01", "1900-02-01"), // far past
            ("2026-03-01", "2026-01-01"), // from after to
            ("2000-01-01", "2099-12-31"), // a century
        ];
        var data = new TheoryData<string, string, string>();
        foreach (var query in queries)
        {
            foreach (var (from, to) in ranges)
            {
                data.Add(query, from, to);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OutOfBoundsRanges))]
    public async Task An_analytics_range_out_of_bounds_is_bad_user_input(string query, string from, string to)
    {
        var manager = await _scenario.ManagerAsync();

        var response = await manager.PostAsync($"query ($from: Date!, $to: Date!) {{ {query} }}", new { from, to });

        Assert.True(response.FirstErrorCode == "BAD_USER_INPUT", response.ToString());
    }

    [Theory]
    [InlineData("9999-01-01", "9999-12-31")]
    [InlineData("2026-03-01", "2026-01-01")]
    [InlineData("0001-01-01", "2026-01-01")]
    public async Task A_satisfaction_range_out_of_bounds_is_bad_user_input(string from, string to)
    {
        var manager = await _scenario.ManagerAsync();

        var response = await manager.PostAsync("query ($from: Date, $to: Date) { satisfaction(from: $from, to: $to) { value } }", new { from, to });

        Assert.True(response.FirstErrorCode == "BAD_USER_INPUT", response.ToString());
    }

    [Fact]
    public async Task A_range_within_bounds_is_answered()
    {
        var manager = await _scenario.ManagerAsync();

        var response = await manager.PostAsync("{ adoption(from: \"2026-01-01\", to: \"2026-02-01\") { started } }");

        Assert.True(response.Errors.Count == 0, response.ToString());
    }

    [Theory]
    [InlineData("0001-01-01", "9999-12-31")]
    [InlineData("1999-12-31", "2000-02-01")]
    [InlineData("2099-12-01", "2100-01-01")]
    [InlineData("2027-01-04", "2032-01-31")] // more than five years
    public async Task A_campaign_period_out_of_bounds_is_refused_before_any_write(string from, string to)
    {
        var manager = await _scenario.ManagerAsync();
        var before = await _scenario.CountAsync(manager);

        var payload = await CampaignScenario.LaunchAsync(manager, CampaignScenario.LaunchInput(from: from, to: to, waves: []));

        Assert.Equal("INVALID_PERIOD", payload.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(before, await _scenario.CountAsync(manager));
    }

    [Fact]
    public async Task Campaign_texts_and_attendance_beyond_their_bounds_are_refused()
    {
        var manager = await _scenario.ManagerAsync();
        var huge = new string('x', 4_000); // past the domain bounds, under the edge's string cap
        var launched = await CampaignScenario.LaunchAsync(manager, CampaignScenario.LaunchInput(name: huge));
        var campaign = CampaignScenario.CampaignOf(await manager.PostAsync(
            $"mutation ($input: LaunchCampaignInput!) {{ launchCampaign(input: $input) {{ campaign {{ {CampaignScenario.Fields} }} errors {{ code }} }} }}",
            new { input = CampaignScenario.LaunchInput() }), "launchCampaign");

        var activity = await CampaignScenario.CommandAsync(manager, "recordCampaignActivity", campaign,
            new { kind = "SOSIALISASI", date = "2027-01-05", unit = "64.72.01", attendance = 10, note = huge });
        var crowd = await CampaignScenario.CommandAsync(manager, "recordCampaignActivity", campaign,
            new { kind = "SOSIALISASI", date = "2027-01-05", unit = "64.72.01", attendance = int.MaxValue });
        var revise = await CampaignScenario.CommandAsync(manager, "reviseCampaignTarget", campaign, new { newTarget = 0.5m, reason = huge });
        var close = await CampaignScenario.CommandAsync(manager, "closeCampaign", campaign, new { summary = huge });

        Assert.Equal(["TOO_LONG"], launched.ErrorCodes());
        Assert.Equal(["TOO_LONG"], CampaignScenario.Payload(activity, "recordCampaignActivity").ErrorCodes());
        Assert.Equal(["INVALID_ATTENDANCE"], CampaignScenario.Payload(crowd, "recordCampaignActivity").ErrorCodes());
        Assert.Equal(["TOO_LONG"], CampaignScenario.Payload(revise, "reviseCampaignTarget").ErrorCodes());
        Assert.Equal(["TOO_LONG"], CampaignScenario.Payload(close, "closeCampaign").ErrorCodes());
        Assert.Equal(campaign.GetProperty("version").GetInt64(), (await CampaignScenario.ReadAsync(manager, campaign.GetProperty("id").GetString()!)).GetProperty("version").GetInt64());
    }
}
