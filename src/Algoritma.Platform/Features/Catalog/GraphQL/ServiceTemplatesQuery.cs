
namespace Algoritma.Platform.Features.Catalog.GraphQL;

/// <summary><c>serviceTemplates</c>: the services every city can clone.</summary>
internal sealed class ServiceTemplatesQuery() : QueryField<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceTemplateType>>>>(
    "serviceTemplates", "Services every city can clone.",
    field => field
        .Resolve(_ => ServiceTemplates.All));
