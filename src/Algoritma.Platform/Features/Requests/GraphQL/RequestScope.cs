using Algoritma.Platform.Persistence;

namespace Algoritma.Platform.Features.Requests.GraphQL;

/// <summary>The requests staff may see: an officer's unit (a kecamatan's includes its kelurahan/desa); the whole city for admins and managers.</summary>
internal static class RequestScope
{
    public static IQueryable<ServiceRequestView> Within(IQueryable<ServiceRequestView> views, Caller caller) =>
        ScopedToUnit(caller) ? views.WithinUnit(v => v.UnitCode, caller.Unit ?? "-") : views;

    /// <summary><see cref="Within"/> for one request already read.</summary>
    public static bool Covers(ServiceRequestView view, Caller caller) =>
        !ScopedToUnit(caller) || (caller.Unit is { } unit && (view.UnitCode == unit || view.UnitCode.StartsWith(unit + ".", StringComparison.Ordinal)));

    private static bool ScopedToUnit(Caller caller) =>
        caller.IsInRole(Roles.Officer) && !caller.IsInRole(Roles.CityAdmin) && !caller.IsInRole(Roles.ProgramManager);
}
