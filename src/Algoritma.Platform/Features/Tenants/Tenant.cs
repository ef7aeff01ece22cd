using Algoritma.MultiTenancy;

namespace Algoritma.Platform.Features.Tenants;

/// <summary>A kota/kabupaten served by the platform.</summary>
public sealed class Tenant
{
    public required string Id { get; init; }

    public required string Name { get; set; }

    /// <summary>Kemendagri regency code, e.g. <c>64.72</c>.</summary>
    public required string RegencyCode { get; set; }

    /// <summary>IANA time zone; the tenant's days are local days in it.</summary>
    public required string TimeZone { get; set; }

    public string Locale { get; set; } = "id-ID";

    public bool Enabled { get; set; } = true;

    public List<string> Hosts { get; set; } = [];

    /// <summary>ISO day numbers (1 = Monday … 7 = Sunday) on which offices serve.</summary>
    public List<int> WorkDays { get; set; } = [1, 2, 3, 4, 5];

    public List<DateOnly> Holidays { get; set; } = [];

    public TimeOnly OfficeOpens { get; set; } = new(8, 0);

    public TimeOnly OfficeCloses { get; set; } = new(16, 0);

    public Dictionary<string, string> Settings { get; set; } = [];

    /// <summary><c>config</c> when it comes from tenants-config/, <c>runtime</c> when onboarded through the API.</summary>
    public required string Source { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public TenantInfo ToInfo() => new(Id, Name, Enabled, Hosts, TimeZone);
}
