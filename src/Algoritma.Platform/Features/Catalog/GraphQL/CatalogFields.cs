using Algoritma.GraphQL.Server.Errors;
using Algoritma.GraphQL.Server.Relay;
using Algoritma.GraphQL.Server.Schema;
using Algoritma.Platform.Features.Identity;
using Algoritma.Platform.Features.Regions;
using Algoritma.Platform.Features.Requests;
using Algoritma.Platform.GraphQL;
using Algoritma.Platform.Persistence;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Algoritma.Platform.Features.Catalog.GraphQL;

public sealed class RequirementInputType : InputObjectGraphType<Requirement>
{
    public RequirementInputType()
    {
        Name = "RequirementInput";
        Field(r => r.Code);
        Field(r => r.Name);
        Field(r => r.Required);
    }
}

public sealed class PublishServiceStandardInputType : InputObjectGraphType<PublishServiceStandardInput>
{
    public PublishServiceStandardInputType()
    {
        Name = "PublishServiceStandardInput";
        Field(x => x.Code);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RequirementInputType>>>>("requirements");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("procedure");
        Field<NonNullGraphType<CompletionUnitType>>("completionUnit");
        Field<NonNullGraphType<IntGraphType>>("completionAmount").Description("1–365 working days or 1–43200 working minutes.");
        Field<DecimalGraphType>("fee").Description("Rupiah, 0 to 1,000,000,000; 0 by default.");
        Field<NonNullGraphType<StringGraphType>>("product");
        Field<NonNullGraphType<StringGraphType>>("complaintChannel");
        Field<NonNullGraphType<StringGraphType>>("legalBasis");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new PublishServiceStandardInput(
        (string)value["code"]!,
        new ServiceStandard(
            [.. ((IEnumerable<object?>)value["requirements"]!).Cast<Requirement>()],
            [.. ((IEnumerable<object?>)value["procedure"]!).Cast<string>()],
            (CompletionUnit)value["completionUnit"]!,
            (int)value["completionAmount"]!,
            value.TryGetValue("fee", out var fee) && fee is decimal amount ? amount : 0m,
            (string)value["product"]!,
            (string)value["complaintChannel"]!,
            (string)value["legalBasis"]!));
}

public sealed class CloneServiceTemplateInputType : InputObjectGraphType<CloneServiceTemplateInput>
{
    public CloneServiceTemplateInputType()
    {
        Name = "CloneServiceTemplateInput";
        Field(x => x.Template).Description("A code from serviceTemplates.");
        Field(x => x.Code, nullable: true).Description("The new service's code; the template's by default.");
        Field(x => x.Name, nullable: true);
    }
}

public sealed class OfferServiceInputType : InputObjectGraphType<OfferServiceInput>
{
    public OfferServiceInputType()
    {
        Name = "OfferServiceInput";
        Field(x => x.Code);
        Field(x => x.UnitCodes).Description("Units that offer it; empty for every unit of the service's level.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChannelType>>>>("channels");
    }
}

public sealed class ServicePayloadType : ObjectGraphType<ServicePayload>
{
    public ServicePayloadType()
    {
        Name = "ServicePayload";
        Field<ServiceType>("service").Resolve(c => c.Source.Service);
        this.ErrorsField(x => x.Errors);
    }
}

/// <summary>The catalog: templates, services by unit and channel; city admins clone, publish and offer.</summary>
internal sealed class CatalogFields : IQueryFields, IMutationFields
{
    void IQueryFields.AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceTemplateType>>>>("serviceTemplates")
            .Description("Services every city can clone.")
            .Resolve(_ => ServiceTemplates.All);

        query.Field<NonNullGraphType<ConnectionType<ServiceType, PublicService>>>("services")
            .Description("The tenant's services, by code; with unit, those offered there; with channel, those offered through it.")
            .Argument<StringGraphType>("unit").Argument<ChannelType>("channel")
            .PageArguments()
            .ResolveAsync(async context =>
            {
                context.RequireTenant();
                var request = PageRequest.From(context);
                // the tenant's cached catalog: a page is filtered and paged in memory, without a query
                IEnumerable<ServiceWithStandard> services = await context.Service<TenantServices>().AllAsync(context.CancellationToken);
                if (context.GetArgument<Channel?>("channel") is { } channel)
                {
                    services = services.Where(s => s.Service.Channels.Contains(channel));
                }

                if (InputBounds.Argument("unit", context.GetArgument<string?>("unit"), InputBounds.UnitCode) is { } unitCode)
                {
                    var unit = await context.Service<TenantUnits>().FindAsync(unitCode, context.CancellationToken);
                    services = unit is null ? [] : services.Where(s => s.Service.IsOfferedAt(unitCode, PublicService.LevelOf(unit.Kind)));
                }

                var page = services.ToList().Page(row => row.Service.Code, request);
                var standards = context.Service<StandardLoader>();
                foreach (var row in page.Nodes.Where(row => row.Standard is not null))
                {
                    standards.Prime((row.Service.Code, row.Service.CurrentVersion), row.Standard!);
                }

                return page.Map(row => row.Service);
            });

        query.Field<ServiceType>("service").Argument<NonNullGraphType<StringGraphType>>("code")
            .ResolveAsync(async context =>
            {
                context.RequireTenant();
                var code = InputBounds.Argument("code", context.GetArgument<string>("code"), InputBounds.Code);
                return await context.Service<PlatformDbContext>().Services.AsNoTracking().FirstOrDefaultAsync(s => s.Code == code, context.CancellationToken);
            });
    }

    void IMutationFields.AddTo(ObjectGraphType mutation)
    {
        mutation.AddServiceMutation<ServicePayloadType, CloneServiceTemplateInputType, CloneServiceTemplateInput, CatalogAdministration, ServicePayload>(
            "cloneServiceTemplate", "Adds a service to the catalog from a template. City admins only; audited.", [Roles.CityAdmin],
            (catalog, input, caller, ct) => catalog.CloneAsync(input, caller, ct));
        mutation.AddServiceMutation<ServicePayloadType, PublishServiceStandardInputType, PublishServiceStandardInput, CatalogAdministration, ServicePayload>(
            "publishServiceStandard", "Publishes a new version of a service's standard; requests already made keep theirs. City admins only; audited.", [Roles.CityAdmin],
            (catalog, input, caller, ct) => catalog.PublishAsync(input, caller, ct));
        mutation.AddServiceMutation<ServicePayloadType, OfferServiceInputType, OfferServiceInput, CatalogAdministration, ServicePayload>(
            "offerService", "Chooses the units and channels that offer a service. City admins only; audited.", [Roles.CityAdmin],
            (catalog, input, caller, ct) => catalog.OfferAsync(input, caller, ct));
    }
}
