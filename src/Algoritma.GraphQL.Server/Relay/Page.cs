using System.Collections.Concurrent;
using System.Linq.Expressions;
using Algoritma.GraphQL.Server.Errors;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Algoritma.GraphQL.Server.Relay;

/// <summary>
/// A page request: forward (<c>first</c> items after the <c>after</c> cursor) or backward (<c>last</c> items before the
/// <c>before</c> cursor), checked against the page-size cap.
/// </summary>
public sealed record PageRequest(int Size, string? CursorKey = null, bool Backward = false)
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;

    public string? AfterKey => Backward ? null : CursorKey;

    public string? BeforeKey => Backward ? CursorKey : null;

    public static PageRequest From(IResolveFieldContext context)
    {
        var (first, after) = (context.GetArgument<int?>("first"), context.GetArgument<string?>("after"));
        var (last, before) = (context.GetArgument<int?>("last"), context.GetArgument<string?>("before"));
        var backward = last is not null || before is not null;
        if (backward && (first is not null || after is not null))
        {
            throw CodedError.BadUserInput("Page forward with 'first' and 'after', or backward with 'last' and 'before', not both.");
        }

        var size = (backward ? last : first) ?? DefaultSize;
        if (size is < 0 or > MaxSize)
        {
            throw CodedError.BadUserInput($"'{(backward ? "last" : "first")}' must be between 0 and {MaxSize}.");
        }

        var cursor = backward ? before : after;
        return new PageRequest(size, cursor is null ? null : Cursor.Decode(cursor), backward);
    }
}

/// <summary>Cursors are opaque base64url of the row's ordering key.</summary>
public static class Cursor
{
    public static string Encode(string key) => OpaqueText.Encode(key);

    public static string Decode(string cursor) =>
        OpaqueText.TryDecode(cursor) ?? throw CodedError.BadUserInput("'after' or 'before' is not a cursor this API issued.");
}

/// <summary>One page of a Relay connection with the total count of the unpaged list.</summary>
public sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, int TotalCount)
{
    public IEnumerable<T> Nodes => Edges.Select(e => e.Node);

    /// <summary>The same page with each node mapped, e.g. from a row fetched with its related data to the node.</summary>
    public Connection<TNode> Map<TNode>(Func<T, TNode> node) =>
        new([.. Edges.Select(e => new Edge<TNode>(e.Cursor, node(e.Node)))], PageInfo, TotalCount);
}

public sealed record Edge<T>(string Cursor, T Node);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

/// <summary>Keyset paging by a unique string key, in SQL or in memory.</summary>
public static class Paging
{
    /// <summary>
    /// The page and the total in one round trip: each row carries the unpaged count as a scalar subquery. Only a page
    /// past the last row, which carries nothing, needs a second query for the total. <paramref name="descending"/>:
    /// the list runs from the greatest key down.
    /// </summary>
    public static async Task<Connection<T>> PageAsync<T>(
        this IQueryable<T> query, Expression<Func<T, string>> key, PageRequest page, CancellationToken cancellationToken, bool descending = false)
    {
        var beyond = query.Beyond(key, page, descending);
        var ordered = page.Backward != descending ? beyond.OrderByDescending(key) : beyond.OrderBy(key);
        var counted = await ordered.Take(page.Size + 1)
            .Select(row => new Counted<T>(row, query.Count()))
            .ToListAsync(cancellationToken);
        var total = counted.Count > 0 ? counted[0].Total
            : page.CursorKey is null ? 0
            : await query.CountAsync(cancellationToken);
        return Build([.. counted.Select(c => c.Row)], CompiledKey(key), page, total);
    }

    // key expressions are built anew on each call, but there are only a few distinct ones
    private static readonly ConcurrentDictionary<(Type, string), Delegate> CompiledKeys = new();

    /// <summary>
    /// The ordering key as a delegate, compiled once per distinct expression. Only a key that captures nothing is
    /// cached: its text says all it does.
    /// </summary>
    public static Func<T, TKey> CompiledKey<T, TKey>(Expression<Func<T, TKey>> key) =>
        CapturesNothing.Check(key.Body)
            ? (Func<T, TKey>)CompiledKeys.GetOrAdd((typeof(Func<T, TKey>), key.ToString()), static (_, key) => key.Compile(), key)
            : key.Compile();

    private sealed class CapturesNothing : ExpressionVisitor
    {
        private bool _captures;

        public static bool Check(Expression body)
        {
            var visitor = new CapturesNothing();
            visitor.Visit(body);
            return !visitor._captures;
        }

        protected override Expression VisitConstant(ConstantExpression node)
        {
            _captures = true;
            return node;
        }
    }

    private sealed record Counted<T>(T Row, int Total);

    /// <summary>Pages a list already ordered by <paramref name="key"/> (a DataLoader's batch for one parent).</summary>
    public static Connection<T> Page<T>(this IReadOnlyList<T> ordered, Func<T, string> key, PageRequest page)
    {
        var inPagingOrder = page.Backward ? ordered.Reverse() : ordered;
        var rows = inPagingOrder
            .Where(row => page.CursorKey is null || Math.Sign(string.CompareOrdinal(key(row), page.CursorKey)) == (page.Backward ? -1 : 1))
            .Take(page.Size + 1)
            .ToList();
        return Build(rows, key, page, ordered.Count);
    }

    /// <summary>The rows past the cursor in the paging direction: after it going forward, before it going backward.</summary>
    private static IQueryable<T> Beyond<T>(this IQueryable<T> query, Expression<Func<T, string>> key, PageRequest page, bool descending)
    {
        if (page.CursorKey is null)
        {
            return query;
        }

        var compare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;
        var comparison = Expression.Call(compare, key.Body, Expression.Constant(page.CursorKey));
        var beyond = page.Backward != descending
            ? Expression.LessThan(comparison, Expression.Constant(0))
            : Expression.GreaterThan(comparison, Expression.Constant(0));
        return query.Where(Expression.Lambda<Func<T, bool>>(beyond, key.Parameters));
    }

    /// <summary>
    /// A page from rows already filtered past the cursor and in paging order (reversed when paging backward), fetched
    /// one beyond the page size.
    /// </summary>
    public static Connection<T> Build<T>(List<T> rows, Func<T, string> key, PageRequest page, int total) =>
        Build(rows, key, page, total, hasMoreBeyond: rows.Count > page.Size);

    /// <summary>A page from rows in paging order, already cut to the page size; <paramref name="hasMoreBeyond"/> says whether more lie past it.</summary>
    public static Connection<T> Build<T>(IReadOnlyList<T> rows, Func<T, string> key, PageRequest page, int total, bool hasMoreBeyond)
    {
        var taken = rows.Take(page.Size);
        var edges = (page.Backward ? taken.Reverse() : taken).Select(row => new Edge<T>(Cursor.Encode(key(row)), row)).ToList();
        var (hasNext, hasPrevious) = page.Backward
            ? (page.CursorKey is not null, hasMoreBeyond)
            : (hasMoreBeyond, page.CursorKey is not null);
        return new Connection<T>(edges, new PageInfo(hasNext, hasPrevious, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor), total);
    }
}
