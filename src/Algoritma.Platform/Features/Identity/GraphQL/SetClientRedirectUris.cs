using Algoritma.Platform.Features.Identity.Clients;

namespace Algoritma.Platform.Features.Identity.GraphQL;

public sealed class SetClientRedirectUrisInputType : InputObjectGraphType<SetClientRedirectUrisInput>
{
    public SetClientRedirectUrisInputType()
    {
        Name = "SetClientRedirectUrisInput";
        Description = "A client's new redirect URIs, replacing the old ones as a whole.";
        Field(x => x.ClientId);
        Field(x => x.RedirectUris).Description("The whole new list: absolute http(s) URIs without a fragment; a public client needs one. At most 50 of 2000 characters.");
        Field(x => x.PostLogoutRedirectUris, nullable: true).Description("The whole new list; unchanged when omitted.");
    }
}

/// <summary><c>setClientRedirectUris(input: SetClientRedirectUrisInput!): ClientPayload!</c>, handled by <see cref="ClientAdministration.SetRedirectUrisAsync"/>.</summary>
internal sealed class SetClientRedirectUrisMutation : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.AddServiceMutation<ClientPayloadType, SetClientRedirectUrisInputType, SetClientRedirectUrisInput, ClientAdministration, ClientPayload>(
            "setClientRedirectUris", "Replaces a client's redirect URIs; the tenant's allowed browser origins follow them. City admins only; audited.", [Roles.CityAdmin],
            (clients, input, caller, ct) => clients.SetRedirectUrisAsync(input, caller, ct));
}
