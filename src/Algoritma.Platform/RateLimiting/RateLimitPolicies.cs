namespace Algoritma.Platform.RateLimiting;

/// <summary>The policies the platform's fields declare with <c>.RateLimited(...)</c>.</summary>
public static class RateLimitPolicies
{
    /// <summary>Citizen registration: per IP address (<see cref="RateLimitOptions.RegistrationPerIp"/>).</summary>
    public const string Registration = "registration";

    /// <summary>Anonymous lookups by a guessable key: per IP address (<see cref="RateLimitOptions.PublicLookupPerIp"/>).</summary>
    public const string PublicLookup = "public-lookup";
}
