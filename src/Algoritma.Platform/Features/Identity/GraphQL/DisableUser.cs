using Algoritma.GraphQL.Server.Schema;
using Algoritma.Platform.Features.Identity.Users;
using Algoritma.Platform.GraphQL;
using GraphQL.Types;

namespace Algoritma.Platform.Features.Identity.GraphQL;

/// <summary><c>disableUser(input: UserNameInput!): UserPayload!</c></summary>
internal sealed class DisableUserMutation : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.AddServiceMutation<UserPayloadType, UserNameInputType, UserNameInput, UserAdministration, UserPayload>(
            "disableUser", "Stops a user from signing in or refreshing tokens. City admins only; audited.", [Roles.CityAdmin],
            (admin, input, caller, ct) => admin.SetDisabledAsync(input.UserName, true, caller, ct));
}
