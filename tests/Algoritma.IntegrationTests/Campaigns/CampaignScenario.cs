using System.Text.Json;
using Algoritma.GraphQL.Server.Relay;

namespace Algoritma.IntegrationTests.Campaigns;

/// <summary>The actors of a campaign in Samarinda: the program manager, the city admin, and those who may not touch it.</summary>
public sealed class CampaignScenario(ApiFactory api)
{
    public const string Fields =
        "id name goalMetric target units from to waves { name startsOn units } priorityDays status "
        + "activities { kind date unit attendance note } targetHistory { target reason } version launchedAt closedAt summary";

    public async Task<GraphQLClient> ManagerAsync() =>
        api.Tenant("samarinda").WithToken((await api.SignInAsync("manajer.samarinda")).GetProperty("access_token").GetString()!);

    public async Task<GraphQLClient> AdminAsync(string tenant = "samarinda") => api.Tenant(tenant).WithToken(await api.CityAdminAsync(tenant));

    public async Task<GraphQLClient> OfficerAsync() =>
        api.Tenant("samarinda").WithToken((await api.SignInAsync("petugas.rawamakmur")).GetProperty("access_token").GetString()!);

    public static object LaunchInput(string name = "Ayo Layanan Online", decimal target = 0.60m, string[]? units = null, string from = "2027-01-04",
        string to = "2027-03-31", object[]? waves = null) => new
    {
        name, goalMetric = "DIGITAL_TAKE_UP", target, units = units ?? ["64.72.01", "64.72.02.1001"], from, to,
        waves = waves ?? [new { name = "Gelombang 1", startsOn = "2027-01-04", units = new[] { "64.72.01" } },
            new { name = "Gelombang 2", startsOn = "2027-02-01", units = new[] { "64.72.02.1001" } }],
        priorityDays = new[] { "TUESDAY", "WEDNESDAY", "THURSDAY" },
    };

    public static async Task<JsonElement> LaunchAsync(GraphQLClient client, object? input = null) =>
        Payload(await client.PostAsync(
            $"mutation ($input: LaunchCampaignInput!) {{ launchCampaign(input: $input) {{ campaign {{ {Fields} }} errors {{ code message path }} }} }}",
            new { input = input ?? LaunchInput() }), "launchCampaign");

    /// <summary>A command on <paramref name="campaign"/> at the version it shows (or <paramref name="version"/>).</summary>
    public static Task<GraphQLResponse> CommandAsync(GraphQLClient client, string mutation, JsonElement campaign, object extra, long? version = null) =>
        CommandAsync(client, mutation, campaign.GetProperty("id").GetString()!, version ?? campaign.GetProperty("version").GetInt64(), extra);

    public static Task<GraphQLResponse> CommandAsync(GraphQLClient client, string mutation, string id, long version, object extra)
    {
        var input = new Dictionary<string, object?> { ["campaignId"] = id, ["expectedVersion"] = version };
        foreach (var property in extra.GetType().GetProperties())
        {
            input[property.Name] = property.GetValue(extra);
        }

        var inputType = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        return client.PostAsync(
            $"mutation ($input: {inputType}!) {{ {mutation}(input: $input) {{ campaign {{ {Fields} }} errors {{ code message path }} }} }}", new { input });
    }

    public static JsonElement Payload(GraphQLResponse response, string mutation)
    {
        Assert.True(response.Errors.Count == 0, response.ToString());
        return response.Data.GetProperty(mutation);
    }

    public static JsonElement CampaignOf(GraphQLResponse response, string mutation)
    {
        var payload = Payload(response, mutation);
        Assert.True(payload.GetProperty("errors").GetArrayLength() == 0, payload.ToString());
        return payload.GetProperty("campaign");
    }

    public static async Task<JsonElement> ReadAsync(GraphQLClient client, string id) =>
        (await client.PostAsync($"query ($id: ID!) {{ campaign(id: $id) {{ {Fields} }} }}", new { id })).Data.GetProperty("campaign");

    /// <summary>How many events the campaign's stream holds, read straight from the event store.</summary>
    public Task<int> EventCountAsync(string globalId)
    {
        Assert.True(GlobalId.TryDecode(globalId, out _, out var key));
        var id = Guid.ParseExact(key[(key.IndexOf(':', StringComparison.Ordinal) + 1)..], "N");
        return api.InTenantAsync<Marten.IQuerySession, int>("samarinda", async session => (await session.Events.FetchStreamAsync(id)).Count);
    }

    public async Task<int> CountAsync(GraphQLClient client) =>
        (await client.PostAsync("{ campaigns(first: 100) { totalCount } }")).Data.GetProperty("campaigns").GetProperty("totalCount").GetInt32();
}
