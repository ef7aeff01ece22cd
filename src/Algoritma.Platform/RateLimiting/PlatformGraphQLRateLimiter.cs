using Algoritma.GraphQL.Server.RateLimiting;
using Algoritma.MultiTenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Algoritma.Platform.RateLimiting;

/// <summary>
/// The platform's GraphQL limits: an operation's cost is charged to its caller (the token's client and subject, or the
/// IP address when anonymous) and to its tenant; the rate-limited fields per IP address.
/// </summary>
internal sealed class PlatformGraphQLRateLimiter(
    RateLimitPartitions partitions, IOptionsMonitor<RateLimitOptions> options, CurrentTenant currentTenant, TenantRateLimits tenantLimits)
    : IGraphQLRateLimiter
{
    private const string PlatformScope = "(platform)";

    public async ValueTask<RateLimitRefusal?> ChargeCostAsync(HttpContext context, int cost)
    {
        var limits = options.CurrentValue;
        var tenant = currentTenant.Id;
        var overrides = tenant is null ? TenantLimitOverrides.None : await tenantLimits.ForAsync(tenant, context.RequestServices, context.RequestAborted);
        var scope = tenant ?? PlatformScope;

        var callerRule = overrides.GraphQLCostPerCaller?.Over(limits.GraphQLCostPerCaller) ?? limits.GraphQLCostPerCaller;
        var caller = Charge(limits, "graphql-cost-caller", $"{scope}|{CallerKey(context)}", callerRule, cost);
        if (!caller.IsAllowed)
        {
            return Refusal(caller, $"This caller's GraphQL budget of {limits.Permits(callerRule)} per {Seconds(callerRule)} is spent (this operation costs {cost}).");
        }

        var tenantRule = overrides.GraphQLCostPerTenant?.Over(limits.GraphQLCostPerTenant) ?? limits.GraphQLCostPerTenant;
        var whole = Charge(limits, "graphql-cost-tenant", scope, tenantRule, cost);
        return whole.IsAllowed ? null
            : Refusal(whole, $"The tenant's GraphQL budget of {limits.Permits(tenantRule)} per {Seconds(tenantRule)} is spent (this operation costs {cost}).");
    }

    public ValueTask<RateLimitRefusal?> ChargeFieldsAsync(HttpContext context, string policy, int occurrences)
    {
        var limits = options.CurrentValue;
        var (rule, what) = policy switch
        {
            RateLimitPolicies.Registration => (limits.RegistrationPerIp, "registrations"),
            RateLimitPolicies.PublicLookup => (limits.PublicLookupPerIp, "public lookups"),
            _ => throw new InvalidOperationException($"No rate limit is configured for the field policy '{policy}'."),
        };
        var decision = Charge(limits, policy, ClientAddress.Of(context), rule, occurrences);
        return ValueTask.FromResult(decision.IsAllowed ? null
            : Refusal(decision, $"Too many {what} from this address: at most {limits.Permits(rule)} per {Seconds(rule)} (this operation asks {occurrences})."));
    }

    private RateLimitDecision Charge(RateLimitOptions limits, string rule, string key, RateLimitRule limit, int permits) =>
        partitions.Acquire(rule, key, limits.Permits(limit), limit.Window, permits);

    private static string Seconds(RateLimitRule rule) => $"{rule.Window.TotalSeconds:0} s";

    private static RateLimitRefusal Refusal(RateLimitDecision decision, string message) => new(decision.RetryAfter, message);

    /// <summary>A signed-in caller is its client and subject (a client credentials token's subject is the client).</summary>
    private static string CallerKey(HttpContext context)
    {
        var subject = context.User.FindFirst("sub")?.Value;
        return subject is null
            ? "ip:" + ClientAddress.Of(context)
            : $"client:{context.User.FindFirst("client_id")?.Value ?? context.User.FindFirst("azp")?.Value}|sub:{subject}";
    }
}
