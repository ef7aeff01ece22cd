using Algoritma.GraphQL.Server.Errors;
using Algoritma.GraphQL.Server.Relay;
using Algoritma.GraphQL.Server.Schema;
using Algoritma.Platform.Features.Identity.Users;
using Algoritma.Platform.GraphQL;
using Algoritma.Platform.Persistence;
using GraphQL;
using GraphQL.Types;

namespace Algoritma.Platform.Features.Identity.GraphQL;

public sealed class CreateUserInputType : InputObjectGraphType<CreateUserInput>
{
    public CreateUserInputType()
    {
        Name = "CreateUserInput";
        Field(x => x.UserName).Description("Sign-in name, unique within the tenant (lower-case letters, digits, . - _ @).");
        Field(x => x.DisplayName);
        Field(x => x.Email, nullable: true);
        Field(x => x.Roles, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<RoleEnum>>>)).Description("CITY_ADMIN, OFFICER and/or PROGRAM_MANAGER.");
        Field(x => x.Unit, nullable: true).Description("Required for officers: a kecamatan or kelurahan/desa code.");
        Field(x => x.Password).Description("At least 10 characters with upper- and lower-case letters and a digit.");
    }
}

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

public sealed record UserNameInput(string UserName);

public sealed class UserNameInputType : InputObjectGraphType<UserNameInput>
{
    public UserNameInputType()
    {
        Name = "UserNameInput";
        Field(x => x.UserName);
    }
}

public sealed class UserPayloadType : ObjectGraphType<UserPayload>
{
    public UserPayloadType()
    {
        Name = "UserPayload";
        Field<UserType>("user").Resolve(context => context.Source.User);
        this.ErrorsField(x => x.Errors);
    }
}

/// <summary>The tenant's staff accounts: <c>users</c>, <c>createUser</c>, <c>setUserRoles</c>, <c>disableUser</c>, <c>enableUser</c>.</summary>
internal sealed class UserAdministrationFields : IQueryFields, IMutationFields
{
    void IQueryFields.AddTo(ObjectGraphType query) =>
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

    void IMutationFields.AddTo(ObjectGraphType mutation)
    {
        mutation.AddServiceMutation<UserPayloadType, CreateUserInputType, CreateUserInput, UserAdministration, UserPayload>(
            "createUser", "Creates a staff account of the tenant. City admins only; audited.", [Roles.CityAdmin],
            (admin, input, caller, ct) => admin.CreateAsync(input, caller, ct));
        mutation.AddServiceMutation<UserPayloadType, SetUserRolesInputType, SetUserRolesInput, UserAdministration, UserPayload>(
            "setUserRoles", "Replaces a staff user's roles and unit scope. City admins only; audited.", [Roles.CityAdmin],
            (admin, input, caller, ct) => admin.SetRolesAsync(input, caller, ct));
        mutation.AddServiceMutation<UserPayloadType, UserNameInputType, UserNameInput, UserAdministration, UserPayload>(
            "disableUser", "Stops a user from signing in or refreshing tokens. City admins only; audited.", [Roles.CityAdmin],
            (admin, input, caller, ct) => admin.SetDisabledAsync(input.UserName, true, caller, ct));
        mutation.AddServiceMutation<UserPayloadType, UserNameInputType, UserNameInput, UserAdministration, UserPayload>(
            "enableUser", "Lets a disabled user sign in again. City admins only; audited.", [Roles.CityAdmin],
            (admin, input, caller, ct) => admin.SetDisabledAsync(input.UserName, false, caller, ct));
    }
}
