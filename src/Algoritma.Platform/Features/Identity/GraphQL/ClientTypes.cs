using Algoritma.GraphQL.Server.Errors;
using Algoritma.GraphQL.Server.Relay;
using Algoritma.Platform.Features.Identity.Clients;

namespace Algoritma.Platform.Features.Identity.GraphQL;

public sealed class ClientType : ObjectGraphType<ClientInfo>
{
    public ClientType()
    {
        Name = "Client";
        Description = "An OpenID Connect client (app) of the tenant.";
        Interface<NodeInterface>();
        IsTypeOf = source => source is ClientInfo;
        this.AuthorizeWithRoles(Roles.CityAdmin);
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id, for node(id:); names the tenant.")
            .Resolve(c => ClientNodeResolver.Ids.Encode(c.Source.TenantId ?? string.Empty, c.Source.ClientId));
        Field(c => c.ClientId);
        Field(c => c.DisplayName);
        Field(c => c.Roles, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<RoleEnum>>>)).Description("Roles a confidential client holds for its own (client credentials) tokens.");
        Field<NonNullGraphType<ClientKindEnum>>("type").Description("PUBLIC: a browser or mobile app (code + PKCE); CONFIDENTIAL: a server-side integration with a secret.")
            .Resolve(c => c.Source.Confidential ? ClientKind.Confidential : ClientKind.Public);
        Field(c => c.RedirectUris).Description("Where sign-in may return to; their origins may call the tenant from a browser (CORS).");
        Field(c => c.PostLogoutRedirectUris).Description("Where sign-out may return to.");
    }
}

public enum ClientKind
{
    Public,
    Confidential,
}

public sealed class ClientKindEnum : EnumerationGraphType<ClientKind>
{
    public ClientKindEnum()
    {
        Name = "ClientType";
        Description = "PUBLIC: a browser or mobile app (code + PKCE); CONFIDENTIAL: a server-side integration with a secret.";
    }
}

/// <summary>The payload of registerClient and rotateClientSecret.</summary>
public sealed class ClientPayloadType : ObjectGraphType<ClientPayload>
{
    public ClientPayloadType()
    {
        Name = "ClientPayload";
        Field<ClientType>("client").Resolve(context => context.Source.Client);
        Field(x => x.Secret, nullable: true).Description("The new client secret: shown this once, stored only hashed.");
        this.ErrorsField(x => x.Errors);
    }
}
