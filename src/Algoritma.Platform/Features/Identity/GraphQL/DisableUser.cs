using Algoritma.Platform.Features.Identity.Users;

namespace Algoritma.Platform.Features.Identity.GraphQL;

/// <summary><c>disableUser(input: UserNameInput!): UserPayload!</c></summary>
internal sealed class DisableUserMutation() : ServiceMutation<UserPayloadType, UserNameInputType, UserNameInput, UserAdministration, UserPayload>(
    "disableUser", "Stops a user from signing in or refreshing tokens. City admins only; audited.", [Roles.CityAdmin],
    (admin, input, caller, ct) => admin.SetDisabledAsync(input.UserName, true, caller, ct));
