using Algoritma.GraphQL.Server.Errors;
using Algoritma.MultiTenancy;
using Algoritma.Platform.Features.Audit;
using Algoritma.Platform.Features.Tenants;
using Algoritma.Platform.Features.Tenants.Configuration;
using Algoritma.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Algoritma.Platform.Features.Cors.GraphQL;

public sealed record SetAllowedOriginsInput(IReadOnlyList<string> Origins);

public sealed record SetAllowedOriginsPayload(IReadOnlyList<string>? Origins, IReadOnlyList<UserError> Errors);

public sealed class SetAllowedOriginsInputType : InputObjectGraphType<SetAllowedOriginsInput>
{
    public SetAllowedOriginsInputType()
    {
        Name = "SetAllowedOriginsInput";
        Description = "The tenant's configured browser origins (CORS), replacing the current list.";
        Field(x => x.Origins).Description(
            $"Origins such as https://layanan.example.go.id: http or https, no path; at most {CorsOrigin.MaxCount}, each at most {CorsOrigin.MaxLength} characters. An empty list leaves only the clients' redirect origins.");
    }
}

public sealed class SetAllowedOriginsPayloadType : ObjectGraphType<SetAllowedOriginsPayload>
{
    public SetAllowedOriginsPayloadType()
    {
        Name = "SetAllowedOriginsPayload";
        Description = "The outcome of setAllowedOrigins.";
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("origins")
            .Description("The configured origins now in force, normalized; null when refused.")
            .Resolve(context => context.Source.Origins);
        this.ErrorsField(x => x.Errors);
    }
}

/// <summary><c>setAllowedOrigins(input: SetAllowedOriginsInput!): SetAllowedOriginsPayload!</c>, handled by <see cref="AllowedOriginsAdministration"/>.</summary>
internal sealed class SetAllowedOriginsMutation() : ServiceMutation<SetAllowedOriginsPayloadType, SetAllowedOriginsInputType, SetAllowedOriginsInput, AllowedOriginsAdministration, SetAllowedOriginsPayload>(
    "setAllowedOrigins", "Replaces the tenant's configured browser origins (CORS). City admins only; audited.", [Roles.CityAdmin],
    (administration, input, caller, ct) => administration.SetAsync(input, caller, ct));

/// <summary>
/// A city admin replaces the tenant's configured browser origins (CORS). Each is an absolute http(s) origin without
/// a path; at most <see cref="CorsOrigin.MaxCount"/> of at most <see cref="CorsOrigin.MaxLength"/> characters. Audited.
/// </summary>
public sealed class AllowedOriginsAdministration(PlatformDbContext db, CurrentTenant current, AuditTrail audit, TenantCache cache)
{
    public const string InvalidOrigin = "INVALID_ORIGIN";

    public async Task<SetAllowedOriginsPayload> SetAsync(SetAllowedOriginsInput input, Caller actor, CancellationToken cancellationToken)
    {
        var errors = new List<UserError>().Texts("origins", input.Origins, CorsOrigin.MaxCount, CorsOrigin.MaxLength);
        if (errors.Count == 0)
        {
            errors.AddRange(input.Origins.Where(o => CorsOrigin.Parse(o) is null).Take(5).Select(o => UserError.At("origins", InvalidOrigin,
                $"'{o}' is not an origin: scheme://host[:port] with http or https and no path, query or fragment (e.g. https://layanan.example.go.id).")));
        }

        if (errors.Count > 0)
        {
            return new SetAllowedOriginsPayload(null, errors);
        }

        var origins = input.Origins.Select(o => CorsOrigin.Parse(o)!).Distinct(StringComparer.Ordinal).ToList();
        var tenantId = current.Required.Id;
        var tenant = await db.Tenants.FirstAsync(t => t.Id == tenantId, cancellationToken);
        var settings = new Dictionary<string, string>(tenant.Settings);
        if (origins.Count == 0)
        {
            settings.Remove(ConfiguredOrigins.SettingsKey); // as a tenants-config file without origins: has it
        }
        else
        {
            settings[ConfiguredOrigins.SettingsKey] = ConfiguredOrigins.ToSettings(origins);
        }

        tenant.Settings = settings;
        audit.Record(actor, "cors.origins_set", tenantId, new { origins });
        await db.SaveChangesAsync(cancellationToken);
        cache.Invalidate();
        return new SetAllowedOriginsPayload(origins, []);
    }
}
