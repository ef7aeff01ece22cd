namespace Algoritma.MultiTenancy.Resolution;

/// <summary>How a request names its tenant: by id (route, header, <c>{id}.localhost</c>) or by a configured host.</summary>
public sealed record TenantIdentifier(string Value, bool IsHost)
{
    public static TenantIdentifier ById(string id) => new(id.ToLowerInvariant(), false);

    public static TenantIdentifier ByHost(string host) => new(host.ToLowerInvariant(), true);

    public override string ToString() => Value;
}
