using System.Globalization;
using Algoritma.Platform.Features.Tenants;
using Algoritma.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.Platform.RateLimiting;

/// <summary>
/// A tenant's own GraphQL cost budgets, from the <c>rateLimits:</c> block of its tenants-config file, kept in the
/// tenant's settings under <c>rateLimits.&lt;rule&gt;.permitLimit</c> and <c>.window</c>; cached with the tenant.
/// </summary>
public sealed class TenantRateLimits(TenantCache cache)
{
    public const string SettingsPrefix = "rateLimits.";
    public const string GraphQLCostPerTenant = "graphQLCostPerTenant";
    public const string GraphQLCostPerCaller = "graphQLCostPerCaller";

    public Task<TenantLimitOverrides> ForAsync(string tenantId, IServiceProvider requestServices, CancellationToken cancellationToken) =>
        cache.GetOrLoadAsync($"rate-limits:{tenantId}", async () =>
        {
            var settings = await requestServices.GetRequiredService<PlatformDbContext>().Tenants.AsNoTracking()
                .Where(t => t.Id == tenantId).Select(t => t.Settings).FirstOrDefaultAsync(cancellationToken);
            return settings is null ? TenantLimitOverrides.None : new TenantLimitOverrides(
                Rule(settings, GraphQLCostPerTenant), Rule(settings, GraphQLCostPerCaller));
        });

    /// <summary>A rule from settings; a part left out keeps its default (null).</summary>
    private static PartialRule? Rule(Dictionary<string, string> settings, string name)
    {
        int? permits = settings.TryGetValue($"{SettingsPrefix}{name}.permitLimit", out var p)
            && int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed > 0 ? parsed : null;
        TimeSpan? window = settings.TryGetValue($"{SettingsPrefix}{name}.window", out var w)
            && TimeSpan.TryParseExact(w, @"hh\:mm\:ss", CultureInfo.InvariantCulture, out var span) && span > TimeSpan.Zero ? span : null;
        return permits is null && window is null ? null : new PartialRule(permits, window);
    }
}

public sealed record TenantLimitOverrides(PartialRule? GraphQLCostPerTenant, PartialRule? GraphQLCostPerCaller)
{
    public static readonly TenantLimitOverrides None = new(null, null);
}

public sealed record PartialRule(int? PermitLimit, TimeSpan? Window)
{
    public RateLimitRule Over(RateLimitRule defaults) => new(PermitLimit ?? defaults.PermitLimit, Window ?? defaults.Window);
}
