
namespace Algoritma.Platform.Features.Catalog.GraphQL;

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

/// <summary><c>offerService(input: OfferServiceInput!): ServicePayload!</c>, handled by <see cref="CatalogAdministration.OfferAsync"/>.</summary>
internal sealed class OfferServiceMutation() : ServiceMutation<ServicePayloadType, OfferServiceInputType, OfferServiceInput, CatalogAdministration, ServicePayload>(
    "offerService", "Chooses the units and channels that offer a service. City admins only; audited.", [Roles.CityAdmin],
    (catalog, input, caller, ct) => catalog.OfferAsync(input, caller, ct));
