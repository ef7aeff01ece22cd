using Marten;

namespace Algoritma.MultiTenancy.Marten;

/// <summary>
/// Opens Marten sessions for the tenant in scope only; with no tenant in scope it refuses, so a session
/// of the default (or another) tenant cannot be opened by accident. Documents and events are conjoined.
/// </summary>
public sealed class TenantSessionFactory(IDocumentStore store, CurrentTenant current) : ISessionFactory
{
    public IQuerySession QuerySession() => store.QuerySession(TenantId());

    public IDocumentSession OpenSession() => store.LightweightSession(TenantId());

    private string TenantId() =>
        current.Id ?? throw new TenantRequiredException("A Marten session is opened within a tenant; none is in scope.");
}
