using Algoritma.Platform.Features.Identity.Clients;

namespace Algoritma.Platform.Features.Identity.GraphQL;

/// <summary><c>clients</c>: the tenant's OpenID Connect clients; city admins only.</summary>
internal sealed class ClientsQuery : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClientType>>>>("clients")
            .Description("The tenant's OIDC clients. City admins only.")
            .AuthorizeWithRoles(Roles.CityAdmin)
            .ResolveAsync(async context =>
            {
                context.RequireTenant();
                return await context.Service<ClientAdministration>().ListAsync(context.CancellationToken);
            });
}
