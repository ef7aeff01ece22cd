using System.Globalization;
using System.Linq.Expressions;
using Algoritma.GraphQL.Server.Relay;
using Algoritma.Platform.Persistence;
using GraphQL;
using Marten;
using Marten.Linq;

namespace Algoritma.Platform.GraphQL;

/// <summary>
/// A Marten query paged newest first, items of one instant ordered by id. The cursor is the instant (microseconds,
/// fixed width) and how many items of that instant the pages so far have shown, so a page that ends inside a tie goes
/// on with the rest of it.
/// </summary>
internal static class NewestFirstPaging
{
    public static async Task<Connection<T>> PageAsync<T>(
        IQueryable<T> items, Expression<Func<T, DateTimeOffset>> instant, Expression<Func<T, Guid>> id, IResolveFieldContext context)
        where T : class
    {
        var page = PageRequest.From(context);
        IQueryable<T> paged;
        QueryStatistics? statistics = null;
        var after = Position.Parse(page.AfterKey);
        if (after is { } position)
        {
            var last = Expression.Constant(new DateTimeOffset(position.Microseconds * TimeSpan.TicksPerMicrosecond, TimeSpan.Zero));
            paged = items.Where(Expression.Lambda<Func<T, bool>>(Expression.LessThanOrEqual(instant.Body, last), instant.Parameters));
        }
        else
        {
            // the first page counts the whole list in the same round trip
            paged = items.Stats(out var counted);
            statistics = counted;
        }

        var ordered = paged.OrderByDescending(instant).ThenByDescending(id);
        var rows = await (after is { Shown: > 0 } shown ? ordered.Skip(shown.Shown) : ordered)
            .Take(page.First + 1).ToListAsync(context.CancellationToken);
        var total = statistics is null ? await items.CountAsync(context.CancellationToken) : (int)statistics.TotalResults;
        var keys = Keys(rows, Paging.CompiledKey(instant), after);
        return Paging.Build([.. rows], row => keys[row], page, total);
    }

    /// <summary>Each row's cursor: its instant and how many items of that instant were shown up to it.</summary>
    private static Dictionary<T, string> Keys<T>(IReadOnlyList<T> rows, Func<T, DateTimeOffset> instantOf, Position? after)
        where T : class
    {
        var keys = new Dictionary<T, string>(ReferenceEqualityComparer.Instance);
        var (microseconds, shown) = after is { } position ? (position.Microseconds, position.Shown) : (-1L, 0);
        foreach (var row in rows)
        {
            var rowMicroseconds = StoredInstants.Microseconds(instantOf(row));
            shown = rowMicroseconds == microseconds ? shown + 1 : 1;
            microseconds = rowMicroseconds;
            keys[row] = new Position(microseconds, shown).ToString();
        }

        return keys;
    }

    private readonly record struct Position(long Microseconds, int Shown)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Microseconds:D17}.{Shown}");

        /// <summary>Null for no cursor or one that is not ours: the list starts from the newest.</summary>
        public static Position? Parse(string? key) =>
            key?.Split('.') is [var microseconds, var shown]
            && long.TryParse(microseconds, CultureInfo.InvariantCulture, out var m) && int.TryParse(shown, CultureInfo.InvariantCulture, out var s) && s >= 0
                ? new Position(m, s)
                : null;
    }
}
