
namespace Algoritma.Platform.Features.Regions.GraphQL;

/// <summary><c>region(code)</c>: one of the tenant's kecamatan, kelurahan or desa.</summary>
internal sealed class RegionQuery() : QueryField<RegionInterface>(
    "region", "The tenant's kecamatan, kelurahan or desa with this Kemendagri code; null when it has none.",
    field => field
        .Argument<NonNullGraphType<StringGraphType>>("code")
        .Resolve(context =>
        {
            context.RequireTenant();
            return context.Service<RegionByCodeLoader>().Load(InputBounds.Argument("code", context.GetArgument<string>("code"), InputBounds.UnitCode)!.Trim());
        }));
