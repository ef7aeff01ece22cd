
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

/// <summary><c>publishServiceStandard(input: PublishServiceStandardInput!): ServicePayload!</c>, handled by <see cref="CatalogAdministration.PublishAsync"/>.</summary>
internal sealed class PublishServiceStandardMutation() : ServiceMutation<ServicePayloadType, PublishServiceStandardInputType, PublishServiceStandardInput, CatalogAdministration, ServicePayload>(
    "publishServiceStandard", "Publishes a new version of a service's standard; requests already made keep theirs. City admins only; audited.", [Roles.CityAdmin],
    (catalog, input, caller, ct) => catalog.PublishAsync(input, caller, ct));
