using Algoritma.GraphQL.Server.DataLoader;
using Algoritma.GraphQL.Server.Relay;
using Algoritma.Platform.Features.Shared.OfficialRegions;

namespace Algoritma.Platform.Features.Regions.GraphQL;

public sealed class RegionKindType : EnumerationGraphType<RegionKind>
{
    public RegionKindType()
    {
        Name = "RegionKind";
        Description = "KECAMATAN (district); KELURAHAN (urban village, code digit 1) or DESA (rural village, digit 2).";
    }
}

/// <summary>What kecamatan and kelurahan/desa share: official identity and the city's local details.</summary>
public sealed class RegionInterface : InterfaceGraphType<RegionUnit>
{
    public RegionInterface()
    {
        Name = "Region";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field(u => u.Code);
        Field(u => u.Name);
        Field<NonNullGraphType<RegionKindType>>("kind");
        Field(u => u.Address, nullable: true);
        Field(u => u.Phone, nullable: true);
        Field(u => u.HeadName, nullable: true);
        Field(u => u.OfficerCount, nullable: true);
        Field<DateTimeOffsetGraphType>("detailsUpdatedAt");
        Field<DateTimeOffsetGraphType>("retiredAt");
    }
}

internal static class RegionFields
{
    public static void Add(ObjectGraphType<RegionUnit> type)
    {
        type.Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => RegionIds.Encode(context.Source));
        type.Field(u => u.Code).Description("Kemendagri code, e.g. 64.72.01 or 64.72.01.1001.");
        type.Field(u => u.Name);
        type.Field<NonNullGraphType<RegionKindType>>("kind").Resolve(context => context.Source.Kind);
        type.Field(u => u.Address, nullable: true);
        type.Field(u => u.Phone, nullable: true);
        type.Field(u => u.HeadName, nullable: true).Description("Camat or lurah/kepala desa.");
        type.Field(u => u.OfficerCount, nullable: true).Description("Officers serving at the unit's office.");
        type.Field<DateTimeOffsetGraphType>("detailsUpdatedAt").Description("When the local details last changed.")
            .Resolve(context => context.Source.DetailsUpdatedAt);
        type.Field<DateTimeOffsetGraphType>("retiredAt").Description("When a re-import found the code gone from the official list; null while it is official.")
            .Resolve(context => context.Source.RetiredAt);
    }
}

public sealed class KecamatanType : ObjectGraphType<RegionUnit>
{
    public KecamatanType()
    {
        Name = RegionIds.KecamatanType;
        Description = "A kecamatan (district) of the tenant.";
        Interface<NodeInterface>();
        Interface<RegionInterface>();
        IsTypeOf = source => source is RegionUnit { IsKecamatan: true };
        RegionFields.Add(this);
        Field<NonNullGraphType<ConnectionType<VillageType, RegionUnit>>>("villages")
            .Description("Its kelurahan and desa, by code.")
            .PageArguments()
            .Resolve(context =>
            {
                var page = PageRequest.From(context);
                return context.Service<VillagesByKecamatanLoader>().Load(context.Source.Code)
                    .Then(villages => (villages ?? []).Page(v => v.Code, page));
            });
    }
}

public sealed class VillageType : ObjectGraphType<RegionUnit>
{
    public VillageType()
    {
        Name = RegionIds.VillageType;
        Description = "A kelurahan or desa of the tenant.";
        Interface<NodeInterface>();
        Interface<RegionInterface>();
        IsTypeOf = source => source is RegionUnit { IsKecamatan: false };
        RegionFields.Add(this);
        Field<NonNullGraphType<KecamatanType>>("kecamatan")
            .Resolve(context => context.Service<RegionByCodeLoader>().Load(context.Source.ParentCode));
    }
}
