using System.Buffers.Text;
using System.Linq.Expressions;
using System.Text;
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
    public static string Encode(string key) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(key));

    public static string Decode(string cursor)
    {
        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        }
        catch (FormatException)
        {
            throw CodedError.BadUserInput("'after' is not a cursor this API issued.");
        }
    }
}

/// <summary>One page of a Relay connection with the total count of the unpaged list.</summary>
public sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, int TotalCount)
{
    public IEnumerable<T> Nodes => Edges.Select(e => e.Node);
}

public sealed record Edge<T>(string Cursor, T Node);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

/// <summary>Keyset paging by a unique string key, in SQL or in memory.</summary>
public static class Paging
{
    public static async Task<Connection<T>> PageAsync<T>(
        this IQueryable<T> query, Expression<Func<T, string>> key, PageRequest page, CancellationToken cancellationToken)
    {
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.After(key, page.AfterKey).OrderBy(key).Take(page.First + 1).ToListAsync(cancellationToken);
        return Build(rows, key.Compile(), page, total);
    }

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
