using Algoritma.GraphQL.Server.Relay;
using Algoritma.Platform.Features.Identity.Users;
using Algoritma.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Algoritma.Platform.Features.Identity.GraphQL;

/// <summary><c>users(role, search, first, after)</c>: the tenant's users, by user name; city admins only.</summary>
internal sealed class UsersQuery() : QueryField<NonNullGraphType<ConnectionType<UserType, PlatformUser>>>(
    "users", "The tenant's users, by user name; filtered by role and by text. City admins only.",
    field => field
        .Argument<RoleEnum>("role", "Only users holding this role.")
        .Argument<StringGraphType>("search", "Only users whose user name or display name contains this text (any case). At most 200 characters.")
        .PageArguments()
        .AuthorizeWithRoles(Roles.CityAdmin)
        .ResolveAsync(async context =>
        {
            context.RequireTenant();
            var db = context.Service<PlatformDbContext>();
            IQueryable<PlatformUser> users = db.Users;
            if (context.GetArgument<string?>("role") is { } role)
            {
                users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
            }

            if (InputBounds.Argument("search", context.GetArgument<string?>("search"), InputBounds.Name) is { Length: > 0 } search)
            {
                var pattern = "%" + LikePattern.Escape(search) + "%";
                users = users.Where(u => EF.Functions.ILike(u.UserName!, pattern, LikePattern.EscapeCharacter)
                    || EF.Functions.ILike(u.DisplayName, pattern, LikePattern.EscapeCharacter));
            }

            return await users.PageAsync(u => u.UserName!, PageRequest.From(context), context.CancellationToken);
        }));
