using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Algoritma.GraphQL.Server.Relay;

public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Field(x => x.HasNextPage);
        Field(x => x.HasPreviousPage);
        Field(x => x.StartCursor, nullable: true);
        Field(x => x.EndCursor, nullable: true);
    }
}

public sealed class EdgeType<TNodeType, TNode> : ObjectGraphType<Edge<TNode>>
    where TNodeType : IGraphType
{
    public EdgeType()
    {
        Name = $"{typeof(TNodeType).GraphQLName()}Edge";
        Field(x => x.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Resolve(context => context.Source.Node);
    }
}

/// <summary><c>{ totalCount nodes edges { cursor node } pageInfo }</c> for the node type's values.</summary>
public sealed class ConnectionType<TNodeType, TNode> : ObjectGraphType<Connection<TNode>>
    where TNodeType : IGraphType
{
    public ConnectionType()
    {
        Name = $"{typeof(TNodeType).GraphQLName()}Connection";
        Field(x => x.TotalCount).Description("How many items the unpaged list holds.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes").Resolve(context => context.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeType<TNodeType, TNode>>>>>("edges").Resolve(context => context.Source.Edges);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(context => context.Source.PageInfo);
    }
}

public static class ConnectionFieldExtensions
{
    /// <summary>Adds <c>first</c> (default 20, at most 100) and <c>after</c>; the list's complexity is its page size.</summary>
    public static FieldBuilder<TSource, TReturn> PageArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Argument<IntGraphType>("first", $"Page size, {PageRequest.DefaultSize} by default, at most {PageRequest.MaxSize}.")
            .Argument<StringGraphType>("after", "Cursor of the last item of the previous page.");
}
