using Algoritma.GraphQL.Server.Relay;
using Algoritma.Platform.Features.Shared.OfficialRegions;

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
    }
}
