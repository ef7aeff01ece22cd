using Algoritma.Platform.Features.Identity.Clients;

namespace Algoritma.Platform.Features.Identity.GraphQL;

public sealed class RegisterClientInputType : InputObjectGraphType<RegisterClientInput>
{
    public RegisterClientInputType()
    {
        Name = "RegisterClientInput";
        Field(x => x.ClientId).Description("'{tenant}-' followed by lower-case letters, digits and hyphens.");
        Field(x => x.DisplayName);
        Field(x => x.Confidential).Description("true: a server-side integration with a secret (client credentials); false: a browser or mobile app (code + PKCE).");
        Field(x => x.RedirectUris, nullable: true);
        Field(x => x.PostLogoutRedirectUris, nullable: true);
        Field(x => x.Roles, type: typeof(ListGraphType<NonNullGraphType<RoleEnum>>));
    }
}

/// <summary><c>registerClient(input: RegisterClientInput!): ClientPayload!</c>, handled by <see cref="ClientAdministration.RegisterAsync"/>.</summary>
internal sealed class RegisterClientMutation : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.AddServiceMutation<ClientPayloadType, RegisterClientInputType, RegisterClientInput, ClientAdministration, ClientPayload>(
            "registerClient", "Registers an OIDC client of the tenant. City admins only; audited.", [Roles.CityAdmin],
            (clients, input, caller, ct) => clients.RegisterAsync(input, caller, ct));
}
