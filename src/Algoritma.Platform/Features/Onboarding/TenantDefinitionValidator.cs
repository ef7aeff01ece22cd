using System.Text.RegularExpressions;
using Algoritma.GraphQL.Server.Errors;
using Algoritma.Platform.Features.Shared.OfficialRegions;
using Algoritma.Platform.Features.Tenants.Configuration;
using Algoritma.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Algoritma.Platform.Features.Onboarding;

/// <summary>
/// Checks a tenant definition against the rules and against the tenants already onboarded. A regency code is
/// the dotted Kemendagri form NN.NN (<c>3271</c> is refused, not normalised, so one regency has one spelling);
/// one regency belongs to one tenant unless platform.yaml sets <c>allowSharedRegencies: true</c>.
/// </summary>
public sealed partial class TenantDefinitionValidator(PlatformDbContext db)
{
    public const int MaxTimeZone = 64;
    public const int MaxLocale = 16;

    public async Task<IReadOnlyList<UserError>> ValidateAsync(
        TenantDefinition definition, bool isNew, PlatformSettings platform, CancellationToken cancellationToken)
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

        if (definition.RegencyCode.Length <= InputBounds.UnitCode)
        {
            errors.AddRange(RegencyCodeErrors(definition.RegencyCode));
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

        if (errors.Count == 0 && !platform.AllowSharedRegencies && await RegencyHolderAsync(definition, cancellationToken) is { } holder)
        {
            errors.Add(UserError.At("regencyCode", "REGENCY_TAKEN",
                $"Regency {definition.RegencyCode} already belongs to tenant '{holder.Id}' ({holder.Name}); "
                + "platform.yaml does not allow shared regencies."));
        }

        return errors;
    }

    private static IEnumerable<UserError> RegencyCodeErrors(string code)
    {
        if (!RegencyCodePattern().IsMatch(code))
        {
            yield return UserError.At("regencyCode", "INVALID_REGENCY_CODE",
                $"'{code}' is not a regency code: use the dotted Kemendagri form NN.NN (e.g. 64.72).");
        }
        else if (OfficialRegionsCatalog.Shared.FindRegency(code) is null)
        {
            yield return UserError.At("regencyCode", "UNKNOWN_REGENCY",
                $"'{code}' is not a Kemendagri regency code (kota/kabupaten, e.g. 64.72).");
        }
    }

    /// <summary>
    /// The tenant that held the regency first, when that is another tenant (an undotted code stored before the
    /// NN.NN rule counts too). The first holder itself is never refused, even if a tenant was later added for its
    /// regency while platform.yaml allowed sharing.
    /// </summary>
    private async Task<(string Id, string Name)?> RegencyHolderAsync(TenantDefinition definition, CancellationToken cancellationToken)
    {
        var dotted = definition.RegencyCode;
        var undotted = dotted.Replace(".", string.Empty, StringComparison.Ordinal);
        var since = await db.Tenants.Where(t => t.Id == definition.Id).Select(t => (DateTimeOffset?)t.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        var holder = await db.Tenants
            .Where(t => t.Id != definition.Id && (t.RegencyCode == dotted || t.RegencyCode == undotted))
            .Where(t => since == null || t.CreatedAt < since)
            .OrderBy(t => t.CreatedAt)
            .Select(t => new { t.Id, t.Name })
            .FirstOrDefaultAsync(cancellationToken);
        return holder is null ? null : (holder.Id, holder.Name);
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

    [GeneratedRegex(@"^\d{2}\.\d{2}$")]
    private static partial Regex RegencyCodePattern();

    [GeneratedRegex("^[a-z][a-z0-9-]{1,39}$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex(@"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$")]
    private static partial Regex HostPattern();
}
