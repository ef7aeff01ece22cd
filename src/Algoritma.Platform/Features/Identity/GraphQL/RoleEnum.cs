
namespace Algoritma.Platform.Features.Identity.GraphQL;

/// <summary>The platform's roles in GraphQL: UPPER_CASE names over the lower-case claim values tokens carry.</summary>
public sealed class RoleEnum() : StringEnumGraphType("Role", "A role a user or confidential client holds.",
    (NameOf(Roles.PlatformAdmin), Roles.PlatformAdmin, "Runs the platform: tenants and their configuration; belongs to no tenant."),
    (NameOf(Roles.CityAdmin), Roles.CityAdmin, "Administers one tenant (city): its staff, clients, units and services."),
    (NameOf(Roles.Officer), Roles.Officer, "Handles citizens' requests within a unit scope (a kecamatan or kelurahan/desa)."),
    (NameOf(Roles.ProgramManager), Roles.ProgramManager, "Runs adoption campaigns and reads the tenant's analytics."),
    (NameOf(Roles.Citizen), Roles.Citizen, "A resident who submits and follows their own requests."))
{
    /// <summary>The GraphQL name of a role's claim value, e.g. <c>CITY_ADMIN</c> for <c>city_admin</c>.</summary>
    public static string NameOf(string role) => role.ToUpperInvariant();
}
