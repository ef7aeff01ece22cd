using Algoritma.GraphQL.Server.PersistedDocuments;
using Algoritma.MultiTenancy;
using Algoritma.Platform.Features.Tenants;
using Algoritma.Platform.Persistence;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.Platform.GraphQL;

/// <summary>
/// Trusted documents only, per tenant or per client, from the tenant's settings (docs/persisted-documents.md):
/// <c>trustedDocumentsOnly: true</c> for every caller of the tenant, or <c>trustedDocumentsOnlyClients</c>, a list of
/// client ids separated by spaces or commas, for the tokens of those clients. The platform route has no such setting.
/// </summary>
internal sealed class TenantDocumentPolicy(CurrentTenant currentTenant, TenantCache cache) : IDocumentPolicy
{
    public const string TenantSetting = "trustedDocumentsOnly";
    public const string ClientsSetting = "trustedDocumentsOnlyClients";

    public async ValueTask<bool> TrustedDocumentsOnlyAsync(HttpContext context)
    {
        if (currentTenant.Id is not { } tenant)
        {
            return false;
        }

        var policy = await cache.GetOrLoadAsync($"document-policy:{tenant}", () => LoadAsync(tenant, context));
        var client = context.User.FindFirst("client_id")?.Value ?? context.User.FindFirst("azp")?.Value;
        return policy.AllCallers || (client is not null && policy.Clients.Contains(client));
    }

    private static async Task<Policy> LoadAsync(string tenant, HttpContext context)
    {
        var settings = await context.RequestServices.GetRequiredService<PlatformDbContext>().Tenants.AsNoTracking()
            .Where(t => t.Id == tenant).Select(t => t.Settings).FirstOrDefaultAsync(context.RequestAborted);
        if (settings is null)
        {
            return Policy.Open;
        }

        var all = settings.GetValueOrDefault(TenantSetting)?.Trim().Equals("true", StringComparison.OrdinalIgnoreCase) == true;
        var clients = settings.GetValueOrDefault(ClientsSetting)?.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        return new Policy(all, clients.ToHashSet(StringComparer.Ordinal));
    }

    private sealed record Policy(bool AllCallers, HashSet<string> Clients)
    {
        public static readonly Policy Open = new(false, []);
    }
}
