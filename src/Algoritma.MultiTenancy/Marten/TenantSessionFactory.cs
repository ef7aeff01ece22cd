using System.Collections.Concurrent;
using Algoritma.MultiTenancy.EntityFramework;
using Marten;
using Marten.Services;
using Marten.Storage;
using Npgsql;

namespace Algoritma.MultiTenancy.Marten;

/// <summary>
/// The connection string Marten's sessions use for tenants (the application role); each tenant's sessions connect through
/// a pool of its own whose sessions start with that tenant as <c>app.tenant_id</c>, so row-level security binds them.
/// </summary>
public sealed record TenantSessionConnection(string ConnectionString);

/// <summary>
/// Opens Marten sessions for the tenant in scope only; with no tenant in scope it refuses, so a session
/// of the default (or another) tenant cannot be opened by accident. Documents and events are conjoined.
/// A session reaches the database through its tenant's pool (<see cref="TenantSessionConnection"/>), never through the
/// store's own, which belongs to the projection daemon.
/// </summary>
public sealed class TenantSessionFactory(IDocumentStore store, CurrentTenant current, TenantSessionConnection connection)
    : ISessionFactory, IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<TenantDatabase>> _databases = new(StringComparer.Ordinal);

    public IQuerySession QuerySession() => store.QuerySession(Options());

    public IDocumentSession OpenSession() => store.LightweightSession(Options());

    private SessionOptions Options()
    {
        var tenant = current.Id ?? throw new TenantRequiredException("A Marten session is opened within a tenant; none is in scope.");
        return SessionOptions.ForDatabase(tenant, _databases.GetOrAdd(tenant, DatabaseFor).Value.Database);
    }

    private Lazy<TenantDatabase> DatabaseFor(string tenant) => new(() =>
    {
        var pool = NpgsqlDataSource.Create(TenantSessionInterceptor.BindTo(connection.ConnectionString, tenant));
        return new TenantDatabase(pool, new MartenDatabase(((DocumentStore)store).Options, pool, $"tenant:{tenant}"));
    });

    public async ValueTask DisposeAsync()
    {
        foreach (var tenant in _databases.Values.Where(d => d.IsValueCreated).Select(d => d.Value))
        {
            tenant.Database.Dispose();
            await tenant.Pool.DisposeAsync();
        }
    }

    private sealed record TenantDatabase(NpgsqlDataSource Pool, MartenDatabase Database);
}
