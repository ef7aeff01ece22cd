using Algoritma.Platform.Features.Identity.Users;

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

/// <summary><c>createUser(input: CreateUserInput!): UserPayload!</c>, handled by <see cref="UserAdministration.CreateAsync"/>.</summary>
internal sealed class CreateUserMutation() : ServiceMutation<UserPayloadType, CreateUserInputType, CreateUserInput, UserAdministration, UserPayload>(
    "createUser", "Creates a staff account of the tenant. City admins only; audited.", [Roles.CityAdmin],
    (admin, input, caller, ct) => admin.CreateAsync(input, caller, ct));
