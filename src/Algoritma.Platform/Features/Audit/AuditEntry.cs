using System.Text.Json;
using Algoritma.MultiTenancy.EntityFramework;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Algoritma.Platform.Features.Audit;

/// <summary>Who did what to what, when, within a tenant. Never holds personal data such as a NIK.</summary>
public sealed class AuditEntry : ITenantOwned
{
    /// <summary>Version-7 GUID in "N" form: unique and ordered by time, so it is also the paging key.</summary>
    public string Id { get; init; } = Guid.CreateVersion7().ToString("N");

    public string TenantId { get; set; } = string.Empty;

    public DateTimeOffset At { get; init; }

    public required string ActorSubject { get; init; }

    public string? ActorName { get; init; }

    public required string Action { get; init; }

    public required string Target { get; init; }

    public string Details { get; init; } = "{}";
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasMaxLength(32);
        builder.Property(a => a.TenantId).HasMaxLength(40);
        builder.Property(a => a.ActorSubject).HasMaxLength(100);
        builder.Property(a => a.ActorName).HasMaxLength(200);
        builder.Property(a => a.Action).HasMaxLength(60);
        builder.Property(a => a.Target).HasMaxLength(200);
        builder.Property(a => a.Details).HasColumnType("jsonb");
        builder.HasIndex(a => new { a.TenantId, a.Id });
    }
}

/// <summary>Adds an audit entry to the unit of work; it is saved with the change it describes.</summary>
public sealed class AuditTrail(Persistence.PlatformDbContext db, TimeProvider clock)
{
    public void Record(Caller actor, string action, string target, object? details = null) =>
        db.Set<AuditEntry>().Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            ActorSubject = actor.Subject ?? "anonymous",
            ActorName = actor.Name,
            Action = action,
            Target = target,
            Details = JsonSerializer.Serialize(details ?? new { }),
        });
}
