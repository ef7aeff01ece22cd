using Algoritma.Platform.Features.Identity.Users;

namespace Algoritma.Platform.Features.Identity.GraphQL;

/// <summary><c>users(first, after)</c>: the tenant's users, by user name; city admins only.</summary>
internal sealed class UsersQuery() : RowPageQuery<UserType, PlatformUser>(
    "users", "The tenant's users, by user name. City admins only.", WithinTenant,
    db => db.Users, u => u.UserName!, Roles.CityAdmin);
