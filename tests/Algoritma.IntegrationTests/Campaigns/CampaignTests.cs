using Algoritma.IntegrationTests.Requests;

namespace Algoritma.IntegrationTests.Campaigns;

[Collection(ApiCollection.Name)]
public sealed class CampaignTests(ApiFactory api)
{
    private readonly CampaignScenario _scenario = new(api);

    [Fact]
    public async Task Progress_takes_a_trailing_window_of_one_to_52_weeks_and_names_the_since_launch_figure_apart()
    {
        var manager = await _scenario.ManagerAsync();
        var campaign = CampaignScenario.CampaignOf(await LaunchResponseAsync(manager), "launchCampaign");
        var id = campaign.GetProperty("id").GetString();

        var twoWeeks = await manager.PostAsync("query ($id: ID!) { campaign(id: $id) { progress(window: 2) { current sinceLaunch targetReached window { weeks } upliftByLevel { level } } } }", new { id });
        var none = await manager.PostAsync("query ($id: ID!) { campaign(id: $id) { progress(window: 0) { current } } }", new { id });
        var tooLong = await manager.PostAsync("query ($id: ID!) { campaign(id: $id) { progress(window: 53) { current } } }", new { id });

        Assert.True(twoWeeks.Errors.Count == 0, twoWeeks.ToString());
        var progress = twoWeeks.Data.GetProperty("campaign").GetProperty("progress");
        Assert.Equal(["KECAMATAN", "KELURAHAN"], progress.GetProperty("upliftByLevel").EnumerateArray().Select(l => l.GetProperty("level").GetString()));
        Assert.Equal("BAD_USER_INPUT", none.FirstErrorCode);
        Assert.Equal("BAD_USER_INPUT", tooLong.FirstErrorCode);
    }

    [Fact]
    public async Task A_campaign_is_launched_worked_on_revised_and_closed()
    {
        var manager = await _scenario.ManagerAsync();
        var admin = await _scenario.AdminAsync();

        var campaign = CampaignScenario.CampaignOf(await LaunchResponseAsync(manager), "launchCampaign");
        Assert.Equal(1, campaign.GetProperty("version").GetInt64());
        Assert.Equal("OPEN", campaign.GetProperty("status").GetString());
        Assert.Equal("DIGITAL_TAKE_UP", campaign.GetProperty("goalMetric").GetString());
        Assert.Equal("2027-01-04", campaign.GetProperty("from").GetString());
        Assert.Equal(["TUESDAY", "WEDNESDAY", "THURSDAY"], campaign.GetProperty("priorityDays").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal("2027-02-01", campaign.GetProperty("waves")[1].GetProperty("startsOn").GetString());

        campaign = CampaignScenario.CampaignOf(await CampaignScenario.CommandAsync(manager, "recordCampaignActivity", campaign,
            new { kind = "DOOR_TO_DOOR", date = "2027-01-12", unit = "64.72.01.1001", attendance = 40, note = "RT 05" }), "recordCampaignActivity");
        campaign = CampaignScenario.CampaignOf(await CampaignScenario.CommandAsync(admin, "reviseCampaignTarget", campaign,
            new { newTarget = 0.7m, reason = "Gelombang 1 melampaui target" }), "reviseCampaignTarget");
        campaign = CampaignScenario.CampaignOf(await CampaignScenario.CommandAsync(manager, "closeCampaign", campaign,
            new { summary = "Target tercapai di Palaran" }), "closeCampaign");

        Assert.Equal(4, campaign.GetProperty("version").GetInt64());
        Assert.Equal("CLOSED", campaign.GetProperty("status").GetString());
        Assert.Equal(0.7m, campaign.GetProperty("target").GetDecimal());
        Assert.Equal([0.6m, 0.7m], campaign.GetProperty("targetHistory").EnumerateArray().Select(t => t.GetProperty("target").GetDecimal()));
        var activity = Assert.Single(campaign.GetProperty("activities").EnumerateArray());
        Assert.Equal("DOOR_TO_DOOR", activity.GetProperty("kind").GetString());
        Assert.Equal(40, activity.GetProperty("attendance").GetInt32());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, campaign.GetProperty("closedAt").ValueKind);

        var read = await CampaignScenario.ReadAsync(admin, campaign.GetProperty("id").GetString()!);
        Assert.Equal(4, read.GetProperty("version").GetInt64());
        var node = await manager.PostAsync("query ($id: ID!) { node(id: $id) { ... on Campaign { name status } } }", new { id = campaign.GetProperty("id").GetString() });
        Assert.Equal("CLOSED", node.Data.GetProperty("node").GetProperty("status").GetString());
        var closedList = await manager.PostAsync("{ campaigns(status: CLOSED, first: 100) { nodes { id } } }");
        Assert.Contains(closedList.Data.GetProperty("campaigns").GetProperty("nodes").EnumerateArray(),
            n => n.GetProperty("id").GetString() == campaign.GetProperty("id").GetString());

        var afterClose = await CampaignScenario.CommandAsync(manager, "closeCampaign", campaign, new { });
        Assert.Equal("ALREADY_CLOSED", CampaignScenario.Payload(afterClose, "closeCampaign").GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(4, await _scenario.EventCountAsync(campaign.GetProperty("id").GetString()!));
    }

    [Fact]
    public async Task A_stale_version_gets_conflict_and_appends_nothing()
    {
        var manager = await _scenario.ManagerAsync();
        var campaign = (await CampaignScenario.LaunchAsync(manager)).GetProperty("campaign");
        CampaignScenario.CampaignOf(await CampaignScenario.CommandAsync(manager, "reviseCampaignTarget", campaign, new { newTarget = 0.65m, reason = "naik" }), "reviseCampaignTarget");

        var stale = await CampaignScenario.CommandAsync(manager, "closeCampaign", campaign, new { }); // still names version 1

        Assert.Equal("CONFLICT", stale.FirstErrorCode);
        var id = campaign.GetProperty("id").GetString()!;
        Assert.Equal(2, await _scenario.EventCountAsync(id));
        Assert.Equal("OPEN", (await CampaignScenario.ReadAsync(manager, id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_bad_launch_is_refused_precisely_and_nothing_is_written()
    {
        var manager = await _scenario.ManagerAsync();
        var before = await _scenario.CountAsync(manager);

        var payload = await CampaignScenario.LaunchAsync(manager, CampaignScenario.LaunchInput(
            name: " ", target: 1.5m, units: ["64.72.01", "99.99.99"], from: "2027-03-31", to: "2027-01-04",
            waves: [new { name = "Gelombang 1", startsOn = "2027-01-04", units = new[] { "64.72.05" } }]));

        var codes = payload.ErrorCodes();
        Assert.Equal(["INVALID_PERIOD", "INVALID_TARGET", "NAME_REQUIRED", "UNKNOWN_UNIT", "WAVE_OUTSIDE_PERIOD", "WAVE_UNIT_NOT_IN_CAMPAIGN"], codes.Order());
        Assert.Contains(payload.GetProperty("errors").EnumerateArray(), e => e.GetProperty("code").GetString() == "UNKNOWN_UNIT"
            && e.GetProperty("path").GetRawText() == "[\"input\",\"units\"]");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, payload.GetProperty("campaign").ValueKind);
        Assert.Equal(before, await _scenario.CountAsync(manager));
    }

    [Fact]
    public async Task A_bad_activity_is_refused_and_appends_nothing()
    {
        var manager = await _scenario.ManagerAsync();
        var campaign = (await CampaignScenario.LaunchAsync(manager)).GetProperty("campaign");

        var refused = await CampaignScenario.CommandAsync(manager, "recordCampaignActivity", campaign,
            new { kind = "SOSIALISASI", date = "2027-05-01", unit = "64.72.03.1001", attendance = -3 });

        var errors = CampaignScenario.Payload(refused, "recordCampaignActivity").ErrorCodes().Order();
        Assert.Equal(["ACTIVITY_OUTSIDE_PERIOD", "ACTIVITY_UNIT_NOT_IN_CAMPAIGN", "INVALID_ATTENDANCE"], errors);
        Assert.Equal(1, await _scenario.EventCountAsync(campaign.GetProperty("id").GetString()!));
    }

    [Fact]
    public async Task An_activity_at_a_village_the_city_does_not_have_is_an_unknown_unit()
    {
        var manager = await _scenario.ManagerAsync();
        var campaign = (await CampaignScenario.LaunchAsync(manager)).GetProperty("campaign");

        var refused = await CampaignScenario.CommandAsync(manager, "recordCampaignActivity", campaign,
            new { kind = "PELATIHAN", date = "2027-01-12", unit = "64.72.01.9999", attendance = 12 });

        var error = Assert.Single(CampaignScenario.Payload(refused, "recordCampaignActivity").GetProperty("errors").EnumerateArray());
        Assert.Equal("UNKNOWN_UNIT", error.GetProperty("code").GetString());
        Assert.Equal("[\"input\",\"unit\"]", error.GetProperty("path").GetRawText());
        Assert.Equal(1, await _scenario.EventCountAsync(campaign.GetProperty("id").GetString()!));
    }

    [Fact]
    public async Task Ten_concurrent_activities_at_one_version_one_wins_the_rest_get_conflict()
    {
        var manager = await _scenario.ManagerAsync();
        var campaign = (await CampaignScenario.LaunchAsync(manager)).GetProperty("campaign");

        var attempts = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => CampaignScenario.CommandAsync(manager, "recordCampaignActivity", campaign,
            new { kind = "SOSIALISASI", date = "2027-01-12", unit = "64.72.01", attendance = i })));

        Assert.Equal(1, attempts.Count(a => a.Errors.Count == 0));
        Assert.Equal(9, attempts.Count(a => a.FirstErrorCode == "CONFLICT"));
        Assert.Equal(2, await _scenario.EventCountAsync(campaign.GetProperty("id").GetString()!));
    }

    [Fact]
    public async Task Campaigns_page_newest_first_and_filter_by_status()
    {
        var manager = await _scenario.ManagerAsync();
        var older = (await CampaignScenario.LaunchAsync(manager, CampaignScenario.LaunchInput(name: "Lama"))).GetProperty("campaign").GetProperty("id").GetString();
        var newer = (await CampaignScenario.LaunchAsync(manager, CampaignScenario.LaunchInput(name: "Baru"))).GetProperty("campaign").GetProperty("id").GetString();

        var first = (await manager.PostAsync("{ campaigns(status: OPEN, first: 1) { totalCount nodes { id status } pageInfo { hasNextPage endCursor } } }"))
            .Data.GetProperty("campaigns");
        var second = (await manager.PostAsync("query ($after: String) { campaigns(status: OPEN, first: 1, after: $after) { nodes { id } } }",
            new { after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() })).Data.GetProperty("campaigns");

        Assert.True(first.GetProperty("totalCount").GetInt32() >= 2);
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(newer, first.GetProperty("nodes")[0].GetProperty("id").GetString());
        Assert.Equal(older, second.GetProperty("nodes")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Officers_and_citizens_may_not_see_or_run_campaigns()
    {
        var campaign = (await CampaignScenario.LaunchAsync(await _scenario.ManagerAsync())).GetProperty("campaign");
        var id = campaign.GetProperty("id").GetString();
        var officer = await _scenario.OfficerAsync();
        var citizen = await new RequestScenario(api).NewCitizenAsync();

        foreach (var client in new[] { officer, citizen })
        {
            Assert.Equal("FORBIDDEN", (await client.PostAsync("{ campaigns { totalCount } }")).FirstErrorCode);
            Assert.Equal("FORBIDDEN", (await client.PostAsync("query ($id: ID!) { campaign(id: $id) { name } }", new { id })).FirstErrorCode);
            Assert.Equal("FORBIDDEN", (await LaunchResponseAsync(client)).FirstErrorCode);
            Assert.Equal("FORBIDDEN", (await CampaignScenario.CommandAsync(client, "closeCampaign", campaign, new { })).FirstErrorCode);
            var node = await client.PostAsync("query ($id: ID!) { node(id: $id) { id } }", new { id });
            Assert.Equal(System.Text.Json.JsonValueKind.Null, node.Data.GetProperty("node").ValueKind);
        }

        Assert.Equal(1, await _scenario.EventCountAsync(id!));
    }

    [Fact]
    public async Task Another_city_cannot_read_list_guess_or_change_a_campaign()
    {
        var manager = await _scenario.ManagerAsync();
        var campaign = (await CampaignScenario.LaunchAsync(manager)).GetProperty("campaign");
        var id = campaign.GetProperty("id").GetString()!;
        Assert.True(Algoritma.GraphQL.Server.Relay.GlobalId.TryDecode(id, out _, out var key));
        var forged = Algoritma.GraphQL.Server.Relay.GlobalId.Encode("Campaign", "makassar:" + key[(key.IndexOf(':', StringComparison.Ordinal) + 1)..]);
        var makassar = await _scenario.AdminAsync("makassar");

        var list = await makassar.PostAsync("{ campaigns(first: 100) { nodes { id name } } }");
        Assert.DoesNotContain(list.Data.GetProperty("campaigns").GetProperty("nodes").EnumerateArray(), n => n.GetProperty("id").GetString()!.Length > 0
            && (n.GetProperty("id").GetString() == id || n.GetProperty("id").GetString() == forged));
        foreach (var guess in new[] { id, forged })
        {
            var read = await makassar.PostAsync("query ($id: ID!) { campaign(id: $id) { name } node(id: $id) { id } }", new { id = guess });
            Assert.True(read.Errors.Count == 0, read.ToString());
            Assert.Equal(System.Text.Json.JsonValueKind.Null, read.Data.GetProperty("campaign").ValueKind);
            Assert.Equal(System.Text.Json.JsonValueKind.Null, read.Data.GetProperty("node").ValueKind);
            Assert.Equal("NOT_FOUND", (await CampaignScenario.CommandAsync(makassar, "closeCampaign", guess, 1, new { })).FirstErrorCode);
            Assert.Equal("NOT_FOUND", (await CampaignScenario.CommandAsync(makassar, "reviseCampaignTarget", guess, 1, new { newTarget = 0.9m, reason = "x" })).FirstErrorCode);
        }

        Assert.Equal(1, await _scenario.EventCountAsync(id));
        Assert.Equal("OPEN", (await CampaignScenario.ReadAsync(manager, id)).GetProperty("status").GetString());
    }

    private static Task<GraphQLResponse> LaunchResponseAsync(GraphQLClient client) => client.PostAsync(
        $"mutation ($input: LaunchCampaignInput!) {{ launchCampaign(input: $input) {{ campaign {{ {CampaignScenario.Fields} }} errors {{ code message path }} }} }}",
        new { input = CampaignScenario.LaunchInput() });
}
