using Algoritma.Platform.Features.Identity.Users;

namespace Algoritma.Platform.Features.Identity.GraphQL;

/// <summary><c>enableUser(input: UserNameInput!): UserPayload!</c></summary>
internal sealed class EnableUserMutation() : ServiceMutation<UserPayloadType, UserNameInputType, UserNameInput, UserAdministration, UserPayload>(
    "enableUser", "Lets a disabled user sign in again. City admins only; audited.", [Roles.CityAdmin],
    (admin, input, caller, ct) => admin.SetDisabledAsync(input.UserName, false, caller, ct));
