using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Algoritma.IntegrationTests.Infrastructure;
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
        var sixty = await api.TenantFrom("samarinda", address).PostAsync(Lookups(60));
        var oneMore = await api.TenantFrom("samarinda", address).PostAsync(Lookups(1));
        var elsewhere = await api.TenantFrom("makassar", RateLimitedApiFactory.NewAddress()).PostAsync(Lookups(1));

        using var raw = await api.ClientFrom(address).PostAsync("/t/samarinda/graphql", JsonContent.Create(new { query = Lookups(1) }));

        Assert.Equal(HttpStatusCode.OK, sixty.Status);
        Assert.Empty(sixty.Errors);
        AssertRefused(oneMore);
        Assert.Equal(HttpStatusCode.TooManyRequests, raw.StatusCode);
        Assert.Equal("60", raw.Headers.RetryAfter?.ToString());
        Assert.Equal(HttpStatusCode.OK, elsewhere.Status);
    }

    [Fact]
    public async Task A_fragment_spread_counts_its_lookups_each_time()
    {
        var fragment = "fragment F on Query { " + string.Join(' ', Enumerable.Range(0, 10).Select(i => $"f{i}: requestStatus(trackingCode: \"F{i}\") {{ status }}")) + " }";
        var spreads = "{ " + string.Join(' ', Enumerable.Range(0, 7).Select(i => $"... on Query {{ ...F }}")) + " } " + fragment;

        var refused = await api.TenantFrom("samarinda", RateLimitedApiFactory.NewAddress()).PostAsync(spreads);

        AssertRefused(refused);
        Assert.Contains("asks 70", refused.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registrations_from_one_address_are_limited_and_nothing_is_registered_when_refused()
    {
        var registrations = "mutation { " + string.Join(' ', Enumerable.Range(0, 31).Select(i =>
            $"r{i}: registerCitizen(input: {{ nik: \"647201150890{i:0000}\", name: \"Warga {i}\", password: \"Kuat-Sekali-2026\" }}) {{ userName errors {{ code }} }}")) + " }";

        var refused = await api.TenantFrom("samarinda", RateLimitedApiFactory.NewAddress()).PostAsync(registrations);

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

    private static string Lookups(int count) =>
        "{ " + string.Join(' ', Enumerable.Range(0, count).Select(i => $"l{i}: requestStatus(trackingCode: \"NOPE{i:0000}\") {{ status }}")) + " }";

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
