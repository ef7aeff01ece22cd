using Algoritma.Platform.Features.Shared.OfficialRegions;

namespace Algoritma.Platform.Features.Onboarding.GraphQL;

/// <summary><c>officialProvinces</c>: the 38 provinces, for onboarding's picker. Platform scope, platform admins.</summary>
internal sealed class OfficialProvincesQuery() : QueryField<NonNullGraphType<ListGraphType<NonNullGraphType<OfficialProvinceType>>>>(
    "officialProvinces", "The official provinces by code, for choosing a regency to onboard. Platform scope, platform administrators only.",
    field => field
        .AuthorizeWithRoles(Roles.PlatformAdmin)
        .Resolve(context =>
        {
            context.RequirePlatformScope();
            return OfficialRegionsCatalog.Shared.Provinces;
        }));
