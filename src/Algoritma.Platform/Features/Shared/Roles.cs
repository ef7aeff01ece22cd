using System.Security.Claims;

namespace Algoritma.Platform.Features.Shared;

/// <summary>The platform's roles; every role but <see cref="PlatformAdmin"/> lives inside one tenant.</summary>
public static class Roles
{
    public const string PlatformAdmin = "platform_admin";
    public const string CityAdmin = "city_admin";
    public const string Officer = "officer";
    public const string ProgramManager = "program_manager";
    public const string Citizen = "citizen";

    public static readonly IReadOnlyList<string> All = [PlatformAdmin, CityAdmin, Officer, ProgramManager, Citizen];

    public static readonly IReadOnlyList<string> TenantRoles = [CityAdmin, Officer, ProgramManager, Citizen];

    public static readonly IReadOnlyList<string> StaffRoles = [PlatformAdmin, CityAdmin, Officer, ProgramManager];

    /// <summary>A signed-in caller in any role but citizen.</summary>
    public static bool IsStaff(ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true && StaffRoles.Any(user.IsInRole);
}

/// <summary>Claim types the platform puts in its tokens.</summary>
public static class PlatformClaims
{
    public const string Tenant = "tenant";
    public const string Unit = "unit";
    public const string Role = "role";
    public const string Name = "name";
    public const string Subject = "sub";

    /// <summary>A citizen's analytics key, sealed with data protection: an access token is readable by its client.</summary>
    public const string SealedCitizenKey = "citizen_key";
}
