namespace Algoritma.MultiTenancy;

/// <summary>
/// The tenant the current flow of work runs for. It is set only by <see cref="BeginScope"/>: by the
/// resolution middleware for a request, explicitly by background work. Without a scope there is no tenant,
/// and every tenant-owned read or write fails closed.
/// </summary>
public sealed class CurrentTenant
{
    private static readonly AsyncLocal<TenantInfo?> Ambient = new();

    public TenantInfo? Tenant => Ambient.Value;

    public string? Id => Ambient.Value?.Id;

    public TenantInfo Required =>
        Ambient.Value ?? throw new TenantRequiredException("This operation runs within a tenant; none is in scope.");

    public IDisposable BeginScope(TenantInfo tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var previous = Ambient.Value;
        Ambient.Value = tenant;
        return new Restore(previous);
    }

    /// <summary>Leaves any tenant, e.g. for platform-scope work started from inside a tenant's request.</summary>
    public IDisposable BeginPlatformScope()
    {
        var previous = Ambient.Value;
        Ambient.Value = null;
        return new Restore(previous);
    }

    private sealed class Restore(TenantInfo? previous) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (!_disposed)
            {
                Ambient.Value = previous;
                _disposed = true;
            }
        }
    }
}
