using System.Text.Json;
using System.Text.Json.Serialization;
using Algoritma.MultiTenancy;
using Algoritma.Platform.Features.Tenants;
using Algoritma.Platform.Persistence;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Algoritma.Platform.Features.StaffConsole;

/// <summary>
/// What the console reads from its page at start: its tenant (null: the platform admin's console at <c>/console/</c>),
/// where it lives, where to sign in and query.
/// </summary>
public sealed record ConsoleConfig(
    string? Tenant, string TenantName, string TimeZone, string Locale, string Base,
    [property: JsonPropertyName("graphql")] string GraphQL, string Authority, string ClientId)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// JSON with the default encoder, which writes &lt;, &gt;, &amp; and quotes as \u escapes: safe inside a script
    /// element (no <c>&lt;/script&gt;</c> can close it).
    /// </summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);
}

/// <summary>The console's configuration for the request's tenant and address style.</summary>
public sealed class ConsoleConfigs(PlatformDbContext db, TenantCache cache)
{
    public async Task<ConsoleConfig> ForAsync(TenantInfo tenant, HttpRequest request, bool onOwnHost)
    {
        var locale = await cache.GetOrLoadAsync($"locale:{tenant.Id}", () =>
            db.Tenants.AsNoTracking().Where(t => t.Id == tenant.Id).Select(t => t.Locale).FirstOrDefaultAsync(request.HttpContext.RequestAborted));
        var root = request.PathBase.Value ?? string.Empty;
        var prefix = onOwnHost ? root : $"{root}/t/{tenant.Id}";
        return new ConsoleConfig(tenant.Id, tenant.Name, tenant.TimeZone, locale ?? "id-ID", $"{prefix}/console/", $"{prefix}/graphql",
            $"{request.Scheme}://{request.Host}", ConsoleClient.IdOf(tenant.Id));
    }

    /// <summary>The platform admin's console: no tenant, the platform route /graphql, the <c>platform-console</c> client.</summary>
    public static ConsoleConfig ForPlatform(HttpRequest request)
    {
        var root = request.PathBase.Value ?? string.Empty;
        return new ConsoleConfig(null, PlatformConsoleClient.DisplayName, "Asia/Jakarta", "id-ID", $"{root}/console/", $"{root}/graphql",
            $"{request.Scheme}://{request.Host}", PlatformConsoleClient.Id);
    }
}
