using System.Collections.Concurrent;
using System.Linq.Expressions;
using Algoritma.GraphQL.Server.Errors;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Algoritma.GraphQL.Server.Relay;

/// <summary>A forward page request (<c>first</c>, <c>after</c>), checked against the page-size cap.</summary>
public sealed record PageRequest(int First, string? AfterKey)
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;

    public static PageRequest From(IResolveFieldContext context)
    {
        var first = context.GetArgument<int?>("first") ?? DefaultSize;
        if (first is < 0 or > MaxSize)
        {
            throw CodedError.BadUserInput($"'first' must be between 0 and {MaxSize}.");
        }

        var after = context.GetArgument<string?>("after");
        return new PageRequest(first, after is null ? null : Cursor.Decode(after));
    }
}

/// <summary>Cursors are opaque base64url of the row's ordering key.</summary>
public static class Cursor
{
    public static string Encode(string key) => OpaqueText.Encode(key);

    public static string Decode(string cursor) =>
        OpaqueText.TryDecode(cursor) ?? throw CodedError.BadUserInput("'after' is not a cursor this API issued.");
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
    /// past the last row, which carries nothing, needs a second query for the total.
    /// </summary>
    public static async Task<Connection<T>> PageAsync<T>(
        this IQueryable<T> query, Expression<Func<T, string>> key, PageRequest page, CancellationToken cancellationToken)
    {
        var counted = await query.After(key, page.AfterKey).OrderBy(key).Take(page.First + 1)
            .Select(row => new Counted<T>(row, query.Count()))
            .ToListAsync(cancellationToken);
        var total = counted.Count > 0 ? counted[0].Total
            : page.AfterKey is null ? 0
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
        var rows = ordered
            .Where(row => page.AfterKey is null || string.CompareOrdinal(key(row), page.AfterKey) > 0)
            .Take(page.First + 1)
            .ToList();
        return Build(rows, key, page, ordered.Count);
    }

    private static IQueryable<T> After<T>(this IQueryable<T> query, Expression<Func<T, string>> key, string? afterKey)
    {
        if (afterKey is null)
        {
            return query;
        }

        var compare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;
        var greater = Expression.GreaterThan(
            Expression.Call(compare, key.Body, Expression.Constant(afterKey)), Expression.Constant(0));
        return query.Where(Expression.Lambda<Func<T, bool>>(greater, key.Parameters));
    }

    /// <summary>A page from rows already filtered past the cursor and ordered, fetched one beyond the page size.</summary>
    public static Connection<T> Build<T>(List<T> rows, Func<T, string> key, PageRequest page, int total)
    {
        var hasNext = rows.Count > page.First;
        var edges = rows.Take(page.First).Select(row => new Edge<T>(Cursor.Encode(key(row)), row)).ToList();
        return new Connection<T>(edges,
            new PageInfo(hasNext, page.AfterKey is not null, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor),
            total);
    }
}
