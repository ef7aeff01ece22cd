using System.Text.RegularExpressions;
using Algoritma.GraphQL.Server.Errors;
using Algoritma.Platform.Features.Regions.Reference;
using Algoritma.Platform.Features.Tenants.Configuration;
using Algoritma.Platform.GraphQL;
using Algoritma.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Algoritma.Platform.Features.Tenants.Onboarding;

/// <summary>Checks a tenant definition against the rules and against the tenants already onboarded.</summary>
public sealed partial class TenantDefinitionValidator(PlatformDbContext db)
{
    public const int MaxTimeZone = 64;
    public const int MaxLocale = 16;

    public async Task<IReadOnlyList<UserError>> ValidateAsync(TenantDefinition definition, bool isNew, CancellationToken cancellationToken)
    {
        var errors = new List<UserError>();
        if (!SlugPattern().IsMatch(definition.Id))
        {
            errors.Add(UserError.At("id", "INVALID_SLUG",
                $"'{definition.Id}' is not a tenant id: use 2–40 lower-case letters, digits and hyphens, starting with a letter."));
        }

        if (string.IsNullOrWhiteSpace(definition.Name))
        {
            errors.Add(UserError.At("name", "NAME_REQUIRED", "A tenant needs a name."));
        }

        errors.Text("name", definition.Name, InputBounds.Name)
            .Text("regencyCode", definition.RegencyCode, InputBounds.UnitCode)
            .Text("timeZone", definition.TimeZone, MaxTimeZone)
            .Text("locale", definition.Locale, MaxLocale)
            .Count("hosts", definition.Hosts, InputBounds.Items);

        if (OfficialRegionsCatalog.Shared.FindRegency(definition.RegencyCode) is null)
        {
            errors.Add(UserError.At("regencyCode", "UNKNOWN_REGENCY",
                $"'{definition.RegencyCode}' is not a Kemendagri regency code (kota/kabupaten, e.g. 64.72)."));
        }

        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(definition.TimeZone) is null)
        {
            errors.Add(UserError.At("timeZone", "UNKNOWN_TIME_ZONE",
                $"'{definition.TimeZone}' is not an IANA time zone (e.g. Asia/Makassar)."));
        }

        errors.AddRange(definition.Hosts.Where(h => !HostPattern().IsMatch(h))
            .Select(h => UserError.At("hosts", "INVALID_HOST", $"'{h}' is not a host name.")));

        if (errors.Count == 0)
        {
            errors.AddRange(await ConflictsAsync(definition, isNew, cancellationToken));
        }

        return errors;
    }

    private async Task<IEnumerable<UserError>> ConflictsAsync(TenantDefinition definition, bool isNew, CancellationToken cancellationToken)
    {
        var errors = new List<UserError>();
        if (isNew && await db.Tenants.AnyAsync(t => t.Id == definition.Id, cancellationToken))
        {
            errors.Add(UserError.At("id", "TENANT_EXISTS", $"A tenant with id '{definition.Id}' already exists."));
        }

        var hosts = definition.Hosts.ToList();
        var claimed = await db.Tenants
            .Where(t => t.Id != definition.Id && t.Hosts.Any(h => hosts.Contains(h)))
            .Select(t => new { t.Id, t.Hosts })
            .ToListAsync(cancellationToken);
        errors.AddRange(claimed.SelectMany(t => t.Hosts.Intersect(hosts).Select(h =>
            UserError.At("hosts", "HOST_TAKEN", $"Host '{h}' already belongs to tenant '{t.Id}'."))));
        return errors;
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{1,39}$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex(@"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$")]
    private static partial Regex HostPattern();
}
