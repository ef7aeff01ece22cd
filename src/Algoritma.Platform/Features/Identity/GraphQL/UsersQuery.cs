using Algoritma.GraphQL.Server.Relay;
using Algoritma.GraphQL.Server.Schema;
using Algoritma.Platform.Features.Identity.Users;
using Algoritma.Platform.GraphQL;
using Algoritma.Platform.Persistence;
using GraphQL;
using GraphQL.Types;

namespace Algoritma.Platform.Features.Identity.GraphQL;

/// <summary><c>users(first, after)</c>: the tenant's users, by user name; city admins only.</summary>
internal sealed class UsersQuery : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ConnectionType<UserType, PlatformUser>>>("users")
            .Description("The tenant's users, by user name. City admins only.")
            .PageArguments()
            .AuthorizeWithRoles(Roles.CityAdmin)
            .ResolveAsync(async context =>
            {
                context.RequireTenant();
                return await context.Service<PlatformDbContext>().Users
                    .PageAsync(u => u.UserName!, PageRequest.From(context), context.CancellationToken);
            });
}
