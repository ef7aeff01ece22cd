namespace Algoritma.MultiTenancy;

public sealed class TenantNotFoundException(string tenant)
    : Exception($"Tenant '{tenant}' is unknown or disabled.")
{
    public string Tenant { get; } = tenant;
}

public sealed class TenantRequiredException(string message) : Exception(message);

/// <summary>A write that would touch a row of a tenant other than the one in scope.</summary>
public sealed class CrossTenantWriteException(string message) : Exception(message);
