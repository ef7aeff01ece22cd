using Algoritma.GraphQL.Server.Schema;
using GraphQL.Types;

namespace Algoritma.Platform.Features.Catalog.GraphQL;

/// <summary><c>serviceTemplates</c>: the services every city can clone.</summary>
internal sealed class ServiceTemplatesQuery : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceTemplateType>>>>("serviceTemplates")
            .Description("Services every city can clone.")
            .Resolve(_ => ServiceTemplates.All);
}
