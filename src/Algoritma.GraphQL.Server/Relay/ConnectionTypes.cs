using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Algoritma.GraphQL.Server.Relay;

public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Where a page of a connection lies in the whole list (Relay cursor connections).";
        Field(x => x.HasNextPage).Description("More items follow the page's last item.");
        Field(x => x.HasPreviousPage).Description("More items precede the page's first item.");
        Field(x => x.StartCursor, nullable: true).Description("Cursor of the page's first item (before: for the page before); null for an empty page.");
        Field(x => x.EndCursor, nullable: true).Description("Cursor of the page's last item (after: for the page after); null for an empty page.");
    }
}

public sealed class EdgeType<TNodeType, TNode> : ObjectGraphType<Edge<TNode>>
    where TNodeType : IGraphType
{
    public EdgeType()
    {
        Name = $"{typeof(TNodeType).GraphQLName()}Edge";
        Description = $"One {typeof(TNodeType).GraphQLName()} of a page, with its cursor.";
        Field(x => x.Cursor).Description("Opaque position of the item, for after: or before:.");
        Field<NonNullGraphType<TNodeType>>("node").Description("The item.").Resolve(context => context.Source.Node);
    }
}

/// <summary><c>{ totalCount nodes edges { cursor node } pageInfo }</c> for the node type's values.</summary>
public sealed class ConnectionType<TNodeType, TNode> : ObjectGraphType<Connection<TNode>>
    where TNodeType : IGraphType
{
    public ConnectionType()
    {
        Name = $"{typeof(TNodeType).GraphQLName()}Connection";
        Description = $"A page of {typeof(TNodeType).GraphQLName()} items (Relay cursor connection).";
        Field(x => x.TotalCount).Description("How many items the unpaged list holds.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes").Description("The page's items, without cursors.").Resolve(context => context.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeType<TNodeType, TNode>>>>>("edges").Description("The page's items with their cursors.").Resolve(context => context.Source.Edges);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Where the page lies in the whole list.").Resolve(context => context.Source.PageInfo);
    }
}

public static class ConnectionFieldExtensions
{
    /// <summary>
    /// Adds <c>first</c> and <c>after</c> to page forward, <c>last</c> and <c>before</c> to page backward (default 20, at
    /// most 100); the list's complexity is its page size.
    /// </summary>
    public static FieldBuilder<TSource, TReturn> PageArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Argument<IntGraphType>("first", $"Forward page size, {PageRequest.DefaultSize} by default, at most {PageRequest.MaxSize}.")
            .Argument<StringGraphType>("after", "Page forward: the endCursor of the previous page.")
            .Argument<IntGraphType>("last", $"Backward page size, {PageRequest.DefaultSize} by default, at most {PageRequest.MaxSize}; not with first or after.")
            .Argument<StringGraphType>("before", "Page backward: the startCursor of the page after this one; not with first or after.");
}
