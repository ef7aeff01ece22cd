
namespace Algoritma.Platform.Features.Cors.GraphQL;

/// <summary><c>allowedOrigins</c>: the origins in force for the tenant; city admins only.</summary>
internal sealed class AllowedOriginsQuery() : QueryField<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>(
    "allowedOrigins", "Every browser origin allowed to call this tenant's GraphQL route: the configured ones and those of its clients' redirect URIs. City admins only.",
    field => field
        .AuthorizeWithRoles(Roles.CityAdmin)
        .ResolveAsync(async context =>
        {
            var tenant = context.RequireTenant();
            var sets = await context.Service<AllowedOrigins>().CurrentAsync();
            return sets.ForTenant(tenant.Id).Order(StringComparer.Ordinal).ToList();
        }));
