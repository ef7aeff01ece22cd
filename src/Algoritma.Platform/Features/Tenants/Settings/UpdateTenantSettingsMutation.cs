using Algoritma.GraphQL.Server.Errors;
using Algoritma.Platform.Features.Tenants.GraphQL;

namespace Algoritma.Platform.Features.Tenants.Settings;

public sealed record UpdateTenantSettingsPayload(Tenant? Tenant, IReadOnlyList<UserError> Errors);

public sealed class UpdateTenantSettingsPayloadType : ObjectGraphType<UpdateTenantSettingsPayload>
{
    public UpdateTenantSettingsPayloadType()
    {
        Name = "UpdateTenantSettingsPayload";
        Description = "The outcome of updateTenantSettings.";
        Field<TenantType>("tenant").Description("The tenant as saved; null when refused.").Resolve(context => context.Source.Tenant);
        this.ErrorsField(x => x.Errors);
    }
}

/// <summary><c>updateTenantSettings(input: UpdateTenantSettingsInput!): UpdateTenantSettingsPayload!</c>, handled by <see cref="TenantSettingsAdministration"/>.</summary>
internal sealed class UpdateTenantSettingsMutation() : ServiceMutation<UpdateTenantSettingsPayloadType, UpdateTenantSettingsInputType, UpdateTenantSettingsInput, TenantSettingsAdministration, UpdateTenantSettingsPayload>(
    "updateTenantSettings",
    "Changes the tenant's name, time zone, working calendar and IKM rounding. City admins, their own tenant only; audited. For a tenant from tenants-config/ the file wins at the next `tenants apply`.",
    [Roles.CityAdmin],
    (administration, input, caller, ct) => administration.UpdateAsync(input, caller, ct));
