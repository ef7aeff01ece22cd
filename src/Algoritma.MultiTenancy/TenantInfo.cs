namespace Algoritma.MultiTenancy;

/// <summary>What the tenancy layer knows of a tenant: enough to resolve it and scope work to it.</summary>
public sealed record TenantInfo(string Id, string Name, bool Enabled, IReadOnlyList<string> Hosts, string TimeZone);
