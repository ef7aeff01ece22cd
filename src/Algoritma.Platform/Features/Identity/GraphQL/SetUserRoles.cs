using Algoritma.Platform.Features.Identity.Users;

namespace Algoritma.Platform.Features.Identity.GraphQL;

public sealed class SetUserRolesInputType : InputObjectGraphType<SetUserRolesInput>
{
    public SetUserRolesInputType()
    {
        Name = "SetUserRolesInput";
        Field(x => x.UserName);
        Field(x => x.Roles, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<RoleEnum>>>));
        Field(x => x.Unit, nullable: true);
    }
}

/// <summary><c>setUserRoles(input: SetUserRolesInput!): UserPayload!</c>, handled by <see cref="UserAdministration.SetRolesAsync"/>.</summary>
internal sealed class SetUserRolesMutation() : ServiceMutation<UserPayloadType, SetUserRolesInputType, SetUserRolesInput, UserAdministration, UserPayload>(
    "setUserRoles", "Replaces a staff user's roles and unit scope. City admins only; audited.", [Roles.CityAdmin],
    (admin, input, caller, ct) => admin.SetRolesAsync(input, caller, ct));
