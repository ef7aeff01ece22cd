using Algoritma.GraphQL.Server.Errors;

namespace Algoritma.Platform.Features.Tenants.GraphQL;

public sealed record SetTenantEnabledInput(string Tenant, bool Enabled);

public sealed class SetTenantEnabledInputType : InputObjectGraphType<SetTenantEnabledInput>
{
    public SetTenantEnabledInputType()
    {
        Name = "SetTenantEnabledInput";
        Description = "A tenant to switch off or on.";
        Field(x => x.Tenant, type: typeof(NonNullGraphType<IdGraphType>)).Description("The tenant's slug or global id (unknown: TENANT_NOT_FOUND; blank: REQUIRED; over 200 characters: TOO_LONG).");
        Field(x => x.Enabled).Description("false: every route of the tenant answers 404 NOT_FOUND and its tokens are refused; true: serves again.");
    }
}

public sealed class SetTenantEnabledPayloadType : ObjectGraphType<TenantSwitchOutcome>
{
    public SetTenantEnabledPayloadType()
    {
        Name = "SetTenantEnabledPayload";
        Description = "The result of setTenantEnabled.";
        Field<TenantType>("tenant").Resolve(context => context.Source.Tenant);
        this.ErrorsField(x => x.Errors);
    }
}

/// <summary><c>setTenantEnabled(input: SetTenantEnabledInput!): SetTenantEnabledPayload!</c> — platform scope.</summary>
internal sealed class SetTenantEnabledMutation : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<SetTenantEnabledPayloadType>>("setTenantEnabled")
            .Description("Disables a tenant (its data stays) or enables it again. Platform administrators only; audited in the tenant's log.")
            .Argument<NonNullGraphType<SetTenantEnabledInputType>>("input")
            .AuthorizeWithRoles(Roles.PlatformAdmin)
            .ResolveAsync(async context =>
            {
                context.RequirePlatformScope();
                var input = context.GetArgument<SetTenantEnabledInput>("input");
                return await context.Service<TenantSwitch>().SetEnabledAsync(input.Tenant, input.Enabled, Caller.From(context.User), context.CancellationToken);
            });
}
