
namespace Algoritma.Platform.Features.Catalog.GraphQL;

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

/// <summary><c>cloneServiceTemplate(input: CloneServiceTemplateInput!): ServicePayload!</c>, handled by <see cref="CatalogAdministration.CloneAsync"/>.</summary>
internal sealed class CloneServiceTemplateMutation() : ServiceMutation<ServicePayloadType, CloneServiceTemplateInputType, CloneServiceTemplateInput, CatalogAdministration, ServicePayload>(
    "cloneServiceTemplate", "Adds a service to the catalog from a template. City admins only; audited.", [Roles.CityAdmin],
    (catalog, input, caller, ct) => catalog.CloneAsync(input, caller, ct));
