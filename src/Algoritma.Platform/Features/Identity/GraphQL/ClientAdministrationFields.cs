using Algoritma.GraphQL.Server.Errors;
using Algoritma.GraphQL.Server.Relay;
using Algoritma.MultiTenancy;
using Algoritma.GraphQL.Server.Schema;
using Algoritma.Platform.Features.Identity.Clients;
using Algoritma.Platform.GraphQL;
using GraphQL;
using GraphQL.Types;

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
    }
}

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

public sealed record ClientIdInput(string ClientId);

public sealed class ClientIdInputType : InputObjectGraphType<ClientIdInput>
{
    public ClientIdInputType()
    {
        Name = "ClientIdInput";
        Field(x => x.ClientId);
    }
}

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

/// <summary><c>clients</c>, <c>registerClient</c>, <c>rotateClientSecret</c>: city admins only, audited.</summary>
internal sealed class ClientAdministrationFields : IQueryFields, IMutationFields
{
    void IQueryFields.AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClientType>>>>("clients")
            .Description("The tenant's OIDC clients. City admins only.")
            .AuthorizeWithRoles(Roles.CityAdmin)
            .ResolveAsync(async context =>
            {
                context.RequireTenant();
                return await context.Service<ClientAdministration>().ListAsync(context.CancellationToken);
            });

    void IMutationFields.AddTo(ObjectGraphType mutation)
    {
        mutation.AddServiceMutation<ClientPayloadType, RegisterClientInputType, RegisterClientInput, ClientAdministration, ClientPayload>(
            "registerClient", "Registers an OIDC client of the tenant. City admins only; audited.", [Roles.CityAdmin],
            (clients, input, caller, ct) => clients.RegisterAsync(input, caller, ct));
        mutation.AddServiceMutation<ClientPayloadType, ClientIdInputType, ClientIdInput, ClientAdministration, ClientPayload>(
            "rotateClientSecret", "Gives a confidential client a new secret; the old one stops working. City admins only; audited.", [Roles.CityAdmin],
            (clients, input, caller, ct) => clients.RotateSecretAsync(input.ClientId, caller, ct));
    }
}

/// <summary><c>node(id:)</c> for an OIDC client of the tenant in scope (city admins only, as the type says).</summary>
internal sealed class ClientNodeResolver() : TenantKeyNodeResolver(Ids)
{
    public static readonly TenantKeyIds Ids = new("Client");

    protected override async Task<object?> LoadAsync(string key, string tenantId, IResolveFieldContext context)
    {
        var client = await context.Service<ClientDirectory>().FindAsync(key, context.CancellationToken);
        return client?.TenantId == tenantId ? client : null;
    }
}
