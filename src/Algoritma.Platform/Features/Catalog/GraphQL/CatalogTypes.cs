using Algoritma.GraphQL.Server.DataLoader;
using Algoritma.GraphQL.Server.Errors;
using Algoritma.GraphQL.Server.Relay;
using Algoritma.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Algoritma.Platform.Features.Catalog.GraphQL;

public sealed class ChannelType : EnumerationGraphType<Channel>
{
    public ChannelType()
    {
        Name = "Channel";
        Description = "ONLINE, KIOSK and ASSISTED count as digital; COUNTER is the walk-in desk.";
    }
}

public sealed class UnitLevelType : EnumerationGraphType<UnitLevel>
{
    public UnitLevelType() => Name = "UnitLevel";
}

public sealed class CompletionUnitType : EnumerationGraphType<CompletionUnit>
{
    public CompletionUnitType() => Name = "CompletionUnit";
}

public sealed class RequirementType : ObjectGraphType<Requirement>
{
    public RequirementType()
    {
        Name = "Requirement";
        Field(r => r.Code);
        Field(r => r.Name);
        Field(r => r.Required);
    }
}

public sealed class ServiceStandardType : ObjectGraphType<ServiceStandardVersion>
{
    public ServiceStandardType()
    {
        Name = "ServiceStandard";
        Description = "The six public components of a service standard (PermenPANRB 15/2014) and its legal basis.";
        Field(v => v.Version);
        Field(v => v.PublishedAt, type: typeof(NonNullGraphType<DateTimeOffsetGraphType>));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RequirementType>>>>("requirements").Resolve(c => c.Source.Standard.Requirements);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("procedure").Resolve(c => c.Source.Standard.Procedure);
        Field<NonNullGraphType<CompletionUnitType>>("completionUnit").Resolve(c => c.Source.Standard.CompletionUnit);
        Field<NonNullGraphType<IntGraphType>>("completionAmount").Resolve(c => c.Source.Standard.CompletionAmount);
        Field<NonNullGraphType<DecimalGraphType>>("fee").Description("Rupiah; 0 means free.").Resolve(c => c.Source.Standard.Fee);
        Field<NonNullGraphType<StringGraphType>>("product").Resolve(c => c.Source.Standard.Product);
        Field<NonNullGraphType<StringGraphType>>("complaintChannel").Resolve(c => c.Source.Standard.ComplaintChannel);
        Field<NonNullGraphType<StringGraphType>>("legalBasis").Resolve(c => c.Source.Standard.LegalBasis);
        Field<StringGraphType>("publishedBy").Description("Who published this version (cloned it, for version 1). City admins only.")
            .AuthorizeWithRoles(Roles.CityAdmin).Resolve(c => c.Source.PublishedBy);
    }
}

public sealed class ServiceType : ObjectGraphType<PublicService>
{
    public ServiceType()
    {
        Name = "Service";
        Description = "A public service of the city.";
        Interface<NodeInterface>();
        IsTypeOf = source => source is PublicService;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id, for node(id:); names the tenant.")
            .Resolve(c => ServiceIds.Ids.Encode(c.Source.TenantId, c.Source.Code));
        Field(s => s.Code);
        Field(s => s.Name);
        Field<NonNullGraphType<UnitLevelType>>("level").Resolve(c => c.Source.Level);
        Field(s => s.OfferedUnits).Description("Unit codes that offer it; empty means every unit of its level.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChannelType>>>>("channels").Resolve(c => c.Source.Channels);
        Field(s => s.CurrentVersion);
        Field<NonNullGraphType<ServiceStandardType>>("standard").Description("The current standard.")
            .Resolve(c => c.Service<StandardLoader>().Load((c.Source.Code, c.Source.CurrentVersion)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceStandardType>>>>("versions")
            .Description("Every published version of its standard, newest first, from the catalog's own store.")
            .Resolve(c => c.Service<StandardVersionsLoader>().Load(c.Source.Code).Then(versions => versions ?? []));
    }
}

public sealed class ServiceTemplateType : ObjectGraphType<ServiceTemplate>
{
    public ServiceTemplateType()
    {
        Name = "ServiceTemplate";
        Field(t => t.Code);
        Field(t => t.Name);
        Field<NonNullGraphType<UnitLevelType>>("level").Resolve(c => c.Source.Level);
    }
}

/// <summary>The payload of cloneServiceTemplate, publishServiceStandard and offerService.</summary>
public sealed class ServicePayloadType : ObjectGraphType<ServicePayload>
{
    public ServicePayloadType()
    {
        Name = "ServicePayload";
        Field<ServiceType>("service").Resolve(c => c.Source.Service);
        this.ErrorsField(x => x.Errors);
    }
}

/// <summary>Standards of many services (at given versions) in one query.</summary>
internal sealed class StandardLoader(PlatformDbContext db) : BatchLoader<(string Code, int Version), ServiceStandardVersion>
{
    protected override async Task<IReadOnlyDictionary<(string Code, int Version), ServiceStandardVersion>> FetchAsync(
        IReadOnlyCollection<(string Code, int Version)> keys, CancellationToken cancellationToken)
    {
        var codes = keys.Select(k => k.Code).Distinct().ToList();
        var versions = await db.ServiceVersions.AsNoTracking().Where(v => codes.Contains(v.ServiceCode)).ToListAsync(cancellationToken);
        return versions.Where(v => keys.Contains((v.ServiceCode, v.Version))).ToDictionary(v => (v.ServiceCode, v.Version));
    }
}

/// <summary>Catalog entries by code in one query.</summary>
internal sealed class ServiceByCodeLoader(PlatformDbContext db) : BatchLoader<string, PublicService>
{
    protected override async Task<IReadOnlyDictionary<string, PublicService>> FetchAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken) =>
        await db.Services.AsNoTracking().Where(s => codes.Contains(s.Code)).ToDictionaryAsync(s => s.Code, cancellationToken);
}

/// <summary>Every published standard version of many services in one query, newest first.</summary>
internal sealed class StandardVersionsLoader(PlatformDbContext db) : BatchLoader<string, IReadOnlyList<ServiceStandardVersion>>
{
    protected override async Task<IReadOnlyDictionary<string, IReadOnlyList<ServiceStandardVersion>>> FetchAsync(
        IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        var versions = await db.ServiceVersions.AsNoTracking().Where(v => codes.Contains(v.ServiceCode))
            .OrderBy(v => v.ServiceCode).ThenByDescending(v => v.Version).ToListAsync(cancellationToken);
        return versions.GroupBy(v => v.ServiceCode).ToDictionary(g => g.Key, g => (IReadOnlyList<ServiceStandardVersion>)[.. g]);
    }
}
