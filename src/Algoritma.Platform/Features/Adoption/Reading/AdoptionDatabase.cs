using System.Collections.Concurrent;
using Algoritma.MultiTenancy.EntityFramework;
using Npgsql;

namespace Algoritma.Platform.Features.Adoption.Reading;

/// <summary>
/// The connection pools the adoption readers query the projection's tables through (as the application role): one per
/// tenant, whose sessions start with that tenant as <c>app.tenant_id</c>, so row-level security shows them its rows only.
/// </summary>
public sealed class AdoptionDatabase(string connectionString) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<NpgsqlDataSource>> _pools = new(StringComparer.Ordinal);

    public ValueTask<NpgsqlConnection> OpenConnectionAsync(string tenantId, CancellationToken cancellationToken) =>
        _pools.GetOrAdd(tenantId, tenant => new(() => NpgsqlDataSource.Create(TenantSessionInterceptor.BindTo(connectionString, tenant))))
            .Value.OpenConnectionAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        foreach (var pool in _pools.Values.Where(p => p.IsValueCreated))
        {
            await pool.Value.DisposeAsync();
        }
    }
}
