using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Algoritma.Platform.Features.Tenants;
using Algoritma.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.IntegrationTests.RateLimiting;

/// <summary>GraphQL: rate-limited fields per address, counted per occurrence; query cost per caller and per tenant.</summary>
[Collection(RateLimitCollection.Name)]
public sealed partial class GraphQLRateLimitTests(RateLimitedApiFactory api)
{
    // about 30,000 by the complexity analyzer, well under the 50,000 a single query may cost
    private const string CostlyQuery = "{ kecamatans(first: 100) { nodes { code villages(first: 100) { nodes { code name } } } } }";

    [Fact]
    public async Task Public_lookups_count_every_alias_and_are_refused_past_the_limit_with_429()
    {
        var address = RateLimitedApiFactory.NewAddress();
        var sixty = await SpendAsync(api.TenantFrom("samarinda", address), 60, Lookups);
        var oneMore = await api.TenantFrom("samarinda", address).PostAsync(Lookups(1));
        var elsewhere = await api.TenantFrom("makassar", RateLimitedApiFactory.NewAddress()).PostAsync(Lookups(1));

        using var raw = await api.ClientFrom(address).PostAsync("/t/samarinda/graphql", JsonContent.Create(new { query = Lookups(1) }));

        Assert.All(sixty, answer => Assert.Equal(HttpStatusCode.OK, answer.Status));
        Assert.All(sixty, answer => Assert.Empty(answer.Errors));
        AssertRefused(oneMore);
        Assert.Equal(HttpStatusCode.TooManyRequests, raw.StatusCode);
        Assert.Equal("60", raw.Headers.RetryAfter?.ToString());
        Assert.Equal(HttpStatusCode.OK, elsewhere.Status);
    }

    [Fact]
    public async Task A_fragment_spread_counts_its_lookups_each_time()
    {
        var client = api.TenantFrom("samarinda", RateLimitedApiFactory.NewAddress());
        await SpendAsync(client, 57, Lookups);
        // two lookups, spread twice: four occurrences, three over the 60 a minute (one spread counted once would be 59)
        var spreads = "{ ... on Query { ...F } ... on Query { ...F } } fragment F on Query { "
            + "f0: requestStatus(trackingCode: \"F0\") { status } f1: requestStatus(trackingCode: \"F1\") { status } }";

        var refused = await client.PostAsync(spreads);

        AssertRefused(refused);
        Assert.Contains("asks 4", refused.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_persisted_query_sent_by_hash_is_rate_limited_like_its_text()
    {
        var client = api.TenantFrom("samarinda", RateLimitedApiFactory.NewAddress());
        var document = Lookups(1, 900) + $"\n# {Guid.NewGuid()}";
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(document)));
        var extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } };
        var registered = await client.PostRawAsync(System.Text.Json.JsonSerializer.Serialize(new { query = document, extensions }));
        await SpendAsync(client, 59, Lookups);

        var byHash = await client.PostRawAsync(System.Text.Json.JsonSerializer.Serialize(new { extensions }));

        Assert.Empty(registered.Errors);
        AssertRefused(byHash);
    }

    [Fact]
    public async Task Registrations_from_one_address_are_limited_and_nothing_is_registered_when_refused()
    {
        var client = api.TenantFrom("samarinda", RateLimitedApiFactory.NewAddress());
        var registered = await SpendAsync(client, 30, (count, first) => Registrations(count, first));

        var refused = await client.PostAsync(Registrations(1, 30));

        Assert.All(registered, answer => Assert.Equal(HttpStatusCode.OK, answer.Status));
        AssertRefused(refused);
        Assert.False(refused.HasData);
    }

    [Fact]
    public async Task A_callers_query_cost_budget_is_charged_per_operation_and_refused_when_spent()
    {
        var client = api.TenantFrom("samarinda", RateLimitedApiFactory.NewAddress());
        var served = 0;
        GraphQLResponse answer;
        while ((answer = await client.PostAsync(CostlyQuery)).Status == HttpStatusCode.OK && served < 100)
        {
            served++;
        }

        AssertRefused(answer);
        var cost = CostOf(answer);
        Assert.Equal(300_000 / cost, served);
        var otherCaller = await api.TenantFrom("samarinda", RateLimitedApiFactory.NewAddress()).PostAsync(CostlyQuery);
        Assert.Equal(HttpStatusCode.OK, otherCaller.Status);
    }

    [Fact]
    public async Task A_tenants_own_budget_from_tenants_config_limits_all_its_callers_together()
    {
        await SetTenantBudgetAsync("ponorogo", new() { ["rateLimits.graphQLCostPerTenant.permitLimit"] = "1" });
        try
        {
            var cost = CostOf(await api.TenantFrom("ponorogo", RateLimitedApiFactory.NewAddress()).PostAsync(CostlyQuery));
            var budget = cost * 3 / 2;
            await SetTenantBudgetAsync("ponorogo", new() { ["rateLimits.graphQLCostPerTenant.permitLimit"] = $"{budget}" });

            var first = await api.TenantFrom("ponorogo", RateLimitedApiFactory.NewAddress()).PostAsync(CostlyQuery);
            var second = await api.TenantFrom("ponorogo", RateLimitedApiFactory.NewAddress()).PostAsync(CostlyQuery);
            var otherTenant = await api.TenantFrom("makassar", RateLimitedApiFactory.NewAddress()).PostAsync(CostlyQuery);

            Assert.Equal(HttpStatusCode.OK, first.Status);
            AssertRefused(second);
            Assert.Contains($"tenant's GraphQL budget of {budget} ", second.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, otherTenant.Status);
        }
        finally
        {
            await SetTenantBudgetAsync("ponorogo", []);
        }
    }

    private async Task SetTenantBudgetAsync(string tenantId, Dictionary<string, string> rateLimits)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var tenant = await db.Tenants.SingleAsync(t => t.Id == tenantId);
        tenant.Settings = tenant.Settings.Where(s => !s.Key.StartsWith("rateLimits.", StringComparison.Ordinal))
            .Concat(rateLimits).ToDictionary(s => s.Key, s => s.Value);
        await db.SaveChangesAsync();
        scope.ServiceProvider.GetRequiredService<TenantCache>().Invalidate();
    }

    // the edge refuses a root field asked more than five times in one document, so a budget is spent five at a time
    private const int MostOccurrencesPerDocument = 5;

    private static async Task<List<GraphQLResponse>> SpendAsync(GraphQLClient client, int occurrences, Func<int, int, string> document)
    {
        var answers = new List<GraphQLResponse>();
        for (var first = 0; first < occurrences; first += MostOccurrencesPerDocument)
        {
            answers.Add(await client.PostAsync(document(Math.Min(MostOccurrencesPerDocument, occurrences - first), first)));
        }

        return answers;
    }

    private static string Lookups(int count) => Lookups(count, 0);

    private static string Lookups(int count, int first) =>
        "{ " + string.Join(' ', Enumerable.Range(first, count).Select(i => $"l{i}: requestStatus(trackingCode: \"NOPE{i:0000}\") {{ status }}")) + " }";

    private static string Registrations(int count, int first) =>
        "mutation { " + string.Join(' ', Enumerable.Range(first, count).Select(i =>
            $"r{i}: registerCitizen(input: {{ nik: \"647201150890{i:0000}\", name: \"Warga {i}\", password: \"Kuat-Sekali-2026\" }}) {{ userName errors {{ code }} }}")) + " }";

    private static void AssertRefused(GraphQLResponse response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.Status);
        Assert.Equal("RATE_LIMITED", response.FirstErrorCode);
        Assert.False(response.HasData);
    }

    private static int CostOf(GraphQLResponse refused) =>
        int.Parse(OperationCost().Match(refused.Errors[0].GetProperty("message").GetString()!).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"this operation costs (\d+)")]
    private static partial Regex OperationCost();
}
