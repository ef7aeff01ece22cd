using Algoritma.GraphQL.Server.Schema;
using Algoritma.Platform.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace Algoritma.Platform.Features.Regions.GraphQL;

/// <summary><c>region(code)</c>: one of the tenant's kecamatan, kelurahan or desa.</summary>
internal sealed class RegionQuery : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<RegionInterface>("region")
            .Description("The tenant's kecamatan, kelurahan or desa with this Kemendagri code; null when it has none.")
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .Resolve(context =>
            {
                context.RequireTenant();
                return context.Service<RegionByCodeLoader>().Load(InputBounds.Argument("code", context.GetArgument<string>("code"), InputBounds.UnitCode)!.Trim());
            });
}
