namespace Algoritma.Platform.RateLimiting;

/// <summary>
/// The configuration section <c>RateLimits</c> (appsettings.json, or <c>RateLimits__SignInPerIp__PermitLimit</c> and
/// so on in the environment). Each rule allows <see cref="RateLimitRule.PermitLimit"/> permits per fixed
/// <see cref="RateLimitRule.Window"/>; docs/security-limits.md explains each one and its default.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Multiplies every permit count, the tenants' own included: an attack suite raises it to fuzz.</summary>
    public double PermitMultiplier { get; set; } = 1;

    /// <summary>Sign-in form submissions from one IP address (all accounts).</summary>
    public RateLimitRule SignInPerIp { get; set; } = new(20, TimeSpan.FromMinutes(1));

    /// <summary>Sign-in form submissions naming one account (from any address).</summary>
    public RateLimitRule SignInPerAccount { get; set; } = new(10, TimeSpan.FromMinutes(5));

    /// <summary>Token endpoint requests from one IP address (every grant).</summary>
    public RateLimitRule TokenPerIp { get; set; } = new(120, TimeSpan.FromMinutes(1));

    /// <summary>Token endpoint requests that authenticate one client (a secret) or name one user (password grant).</summary>
    public RateLimitRule TokenPerClient { get; set; } = new(30, TimeSpan.FromMinutes(1));

    /// <summary>Citizen registrations (<c>registerCitizen</c> occurrences) from one IP address.</summary>
    public RateLimitRule RegistrationPerIp { get; set; } = new(30, TimeSpan.FromHours(1));

    /// <summary>Anonymous public lookups (<c>requestStatus</c> occurrences, aliases included) from one IP address.</summary>
    public RateLimitRule PublicLookupPerIp { get; set; } = new(60, TimeSpan.FromMinutes(1));

    /// <summary>GraphQL cost (the complexity analyzer's total) per caller within a tenant: the token's client and subject, or the IP address.</summary>
    public RateLimitRule GraphQLCostPerCaller { get; set; } = new(300_000, TimeSpan.FromMinutes(1));

    /// <summary>GraphQL cost per tenant, all callers together; a tenant's <c>rateLimits:</c> block in tenants-config overrides it.</summary>
    public RateLimitRule GraphQLCostPerTenant { get; set; } = new(3_000_000, TimeSpan.FromMinutes(1));

    /// <summary>The permit count a rule really allows: its own times <see cref="PermitMultiplier"/>, at least one.</summary>
    public int Permits(RateLimitRule rule) =>
        (int)Math.Clamp(Math.Round(rule.PermitLimit * Math.Max(PermitMultiplier, 0)), 1, int.MaxValue);
}

/// <summary><see cref="PermitLimit"/> permits per fixed <see cref="Window"/>.</summary>
public sealed class RateLimitRule
{
    public RateLimitRule()
    {
    }

    public RateLimitRule(int permitLimit, TimeSpan window)
    {
        PermitLimit = permitLimit;
        Window = window;
    }

    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; }
}
