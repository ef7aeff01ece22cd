using System.Globalization;
using Algoritma.GraphQL.Server.Errors;
using Algoritma.GraphQL.Server.Relay;
using Algoritma.Platform.Features.Shared.OfficialRegions;
using Algoritma.Platform.Features.Tenants.Configuration;
using Algoritma.Platform.Features.Tenants.Settings;

namespace Algoritma.Platform.Features.Tenants.GraphQL;

public sealed class TenantType : ObjectGraphType<Tenant>
{
    public const string NodeTypeName = "Tenant";

    public TenantType()
    {
        Name = NodeTypeName;
        Description = "A kota/kabupaten served by the platform.";
        Interface<NodeInterface>();
        IsTypeOf = source => source is Tenant;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => GlobalId.Encode(NodeTypeName, context.Source.Id));
        Field("slug", t => t.Id).Description("The tenant's short name, as in /t/{slug}/graphql.");
        Field(t => t.Name);
        Field(t => t.RegencyCode).Description("Kemendagri regency code, e.g. 64.72.");
        Field<StringGraphType>("regencyName").Description("Official name of the regency.")
            .Resolve(context => OfficialRegionsCatalog.Shared.FindRegency(context.Source.RegencyCode)?.Name);
        Field(t => t.TimeZone).Description("IANA time zone of the tenant's days.");
        Field(t => t.Locale);
        Field(t => t.Enabled);
        Field(t => t.Hosts);
        Field(t => t.Source).Description("config (tenants-config/) or runtime (onboardTenant).");
        Field(t => t.CreatedAt, type: typeof(NonNullGraphType<DateTimeOffsetGraphType>));
        TenantCalendarFields.AddTo(this);
    }
}

/// <summary>
/// The working calendar is public (citizens plan their visits and deadlines by it); the settings' version and IKM
/// rounding are for the city's and the platform's administrators.
/// </summary>
internal static class TenantCalendarFields
{
    public static void AddTo(TenantType type)
    {
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>>("workDays")
            .Description("ISO day numbers on which offices serve, 1 = Monday … 7 = Sunday.").Resolve(c => c.Source.WorkDays.Order().ToList());
        type.Field<NonNullGraphType<StringGraphType>>("officeOpens").Description("Local opening time, HH:mm.")
            .Resolve(c => c.Source.OfficeOpens.ToString("HH:mm", CultureInfo.InvariantCulture));
        type.Field<NonNullGraphType<StringGraphType>>("officeCloses").Description("Local closing time, HH:mm.")
            .Resolve(c => c.Source.OfficeCloses.ToString("HH:mm", CultureInfo.InvariantCulture));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DateGraphType>>>>("holidays")
            .Description($"Holidays (local dates), in order; with year only that year's ({TenantSettingsBounds.FirstYear}–{TenantSettingsBounds.LastYear}).")
            .Argument<IntGraphType>("year")
            .Resolve(c =>
            {
                var year = c.GetArgument<int?>("year");
                if (year is < TenantSettingsBounds.FirstYear or > TenantSettingsBounds.LastYear)
                {
                    throw CodedError.BadUserInput($"'year' is between {TenantSettingsBounds.FirstYear} and {TenantSettingsBounds.LastYear}.");
                }

                return c.Source.Holidays.Where(d => year is null || d.Year == year).Order().Select(ScalarValues.Scalar).ToList();
            });
        type.Field<NonNullGraphType<IkmRoundingType>>("ikmRounding")
            .Description("How the IKM value is rounded. City and platform administrators only.")
            .AuthorizeWithRoles(Roles.CityAdmin, Roles.PlatformAdmin)
            .Resolve(c => IkmRoundingSetting.Parse(c.Source.Settings.GetValueOrDefault("ikmRounding")));
        type.Field<NonNullGraphType<StringGraphType>>("settingsVersion")
            .Description("Opaque version of the settings, for updateTenantSettings' expectedVersion. City and platform administrators only.")
            .AuthorizeWithRoles(Roles.CityAdmin, Roles.PlatformAdmin)
            .Resolve(c => TenantSettingsAdministration.VersionOf(c.Source));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("configuredOrigins")
            .Description("The browser origins set by setAllowedOrigins or the tenants-config file (allowedOrigins adds the clients' redirect origins). City and platform administrators only.")
            .AuthorizeWithRoles(Roles.CityAdmin, Roles.PlatformAdmin)
            .Resolve(c => ConfiguredOrigins.FromSettings(c.Source.Settings));
        type.Field<NonNullGraphType<DateTimeOffsetGraphType>>("updatedAt")
            .Description("When the tenant's settings last changed (console or tenants apply). City and platform administrators only.")
            .AuthorizeWithRoles(Roles.CityAdmin, Roles.PlatformAdmin)
            .Resolve(c => c.Source.UpdatedAt);
    }
}
