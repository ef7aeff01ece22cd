namespace Algoritma.MultiTenancy.EntityFramework;

/// <summary>A row that belongs to one tenant; filtered, stamped and policed by the tenancy layer.</summary>
public interface ITenantOwned
{
    string TenantId { get; set; }
}

/// <summary>A DbContext that knows the tenant its queries run for.</summary>
public interface ITenantAwareDbContext
{
    string? CurrentTenantId { get; }
}
