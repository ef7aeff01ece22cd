namespace Algoritma.Platform.Features.Regions.GraphQL;

/// <summary><c>regionImportPreview</c>: what a re-import of the official codes would change; writes nothing.</summary>
internal sealed class RegionImportPreviewQuery : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<RegionImportPreviewType>>("regionImportPreview")
            .Description("What re-importing the official kecamatan and kelurahan/desa would add, rename, retire or restore. City admins only.")
            .AuthorizeWithRoles(Roles.CityAdmin)
            .ResolveAsync(async context =>
            {
                context.RequireTenant();
                return await context.Service<RegionReimport>().PreviewAsync(context.CancellationToken);
            });
}
