namespace Algoritma.Platform.Features.Tenants.Configuration;

/// <summary>
/// Checks that need all files at once: unique ids, hosts claimed by one tenant only, and one tenant per regency
/// unless platform.yaml sets <c>allowSharedRegencies: true</c>.
/// </summary>
internal static class CrossFileChecks
{
    /// <summary>The first file (in load order) keeps the id or host; each later claimant gets the error and is dropped.</summary>
    /// <returns>The file names whose tenants must be dropped.</returns>
    public static HashSet<string> Run(IReadOnlyList<LoadedTenant> tenants, List<ConfigFileError> errors, PlatformSettings platform)
    {
        var rejected = new HashSet<string>(StringComparer.Ordinal);

        foreach (var group in tenants.GroupBy(t => t.Definition.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var other in group.Skip(1))
            {
                errors.Add(new ConfigFileError(other.FileName, other.Document.Locate("/id").Line, $"id: duplicate id '{group.Key}', already used by {first.FileName}"));
                rejected.Add(other.FileName);
            }
        }

        var claimedBy = new Dictionary<string, LoadedTenant>(StringComparer.Ordinal);
        foreach (var tenant in tenants)
        {
            for (var i = 0; i < tenant.Definition.Hosts.Count; i++)
            {
                var host = tenant.Definition.Hosts[i];
                if (claimedBy.TryGetValue(host, out var owner))
                {
                    if (!ReferenceEquals(owner, tenant))
                    {
                        errors.Add(new ConfigFileError(tenant.FileName, tenant.Document.Locate($"/hosts/{i}").Line, $"hosts[{i}]: host '{host}' is already claimed by {owner.FileName}"));
                        rejected.Add(tenant.FileName);
                    }
                }
                else
                {
                    claimedBy[host] = tenant;
                }
            }
        }

        if (!platform.AllowSharedRegencies)
        {
            RegencyHolders(tenants.Where(t => !rejected.Contains(t.FileName)), errors, rejected);
        }

        return rejected;
    }

    private static void RegencyHolders(IEnumerable<LoadedTenant> tenants, List<ConfigFileError> errors, HashSet<string> rejected)
    {
        foreach (var group in tenants.GroupBy(t => t.Definition.RegencyCode, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var holder = group.First();
            foreach (var other in group.Skip(1))
            {
                errors.Add(new ConfigFileError(other.FileName, other.Document.Locate("/regencyCode").Line,
                    $"regencyCode: regency {group.Key} already belongs to tenant '{holder.Definition.Id}' ({holder.FileName}); "
                    + "platform.yaml does not allow shared regencies (REGENCY_TAKEN)"));
                rejected.Add(other.FileName);
            }
        }
    }
}
