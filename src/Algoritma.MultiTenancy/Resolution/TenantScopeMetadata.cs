using Microsoft.AspNetCore.Builder;

namespace Algoritma.MultiTenancy.Resolution;

public enum TenantScopeKind
{
    /// <summary>Never runs within a tenant (health, OIDC discovery).</summary>
    Agnostic,

    /// <summary>Runs within a tenant when the request names one, at platform scope otherwise.</summary>
    Optional,

    /// <summary>Must name a known, enabled tenant.</summary>
    Required,
}

public sealed record TenantScopeMetadata(TenantScopeKind Kind);

public static class TenantEndpointConventions
{
    public static TBuilder RequireTenant<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new TenantScopeMetadata(TenantScopeKind.Required));

    public static TBuilder AllowTenant<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new TenantScopeMetadata(TenantScopeKind.Optional));

    public static TBuilder TenantAgnostic<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new TenantScopeMetadata(TenantScopeKind.Agnostic));
}
