using System.Globalization;
using System.Linq.Expressions;
using Algoritma.GraphQL.Server.Relay;
using Algoritma.Platform.Persistence;
using Marten;
using Marten.Linq;

namespace Algoritma.Platform.GraphQL;

/// <summary>
/// A Marten query paged newest first, items of one instant ordered by id. The cursor is the instant (microseconds,
/// fixed width) and how many items of that instant the pages so far have shown, so a page that ends inside a tie goes
/// on with the rest of it. Backward, a page ends just before its cursor's item: the tie's items shown before it, then
/// the oldest items newer than the tie.
/// </summary>
internal static class NewestFirstPaging
{
    public static async Task<Connection<T>> PageAsync<T>(
        IQueryable<T> items, Expression<Func<T, DateTimeOffset>> instant, Expression<Func<T, Guid>> id, IResolveFieldContext context)
        where T : class
    {
        var page = PageRequest.From(context);
        if (page.Backward)
        {
            return await BackwardAsync(items, instant, id, page, context.CancellationToken);
        }

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
            .Take(page.Size + 1).ToListAsync(context.CancellationToken);
        var total = statistics is null ? await items.CountAsync(context.CancellationToken) : (int)statistics.TotalResults;
        var keys = Keys(rows, Paging.CompiledKey(instant), after);
        return Paging.Build([.. rows], row => keys[row], page, total);
    }

    private static async Task<Connection<T>> BackwardAsync<T>(
        IQueryable<T> items, Expression<Func<T, DateTimeOffset>> instant, Expression<Func<T, Guid>> id, PageRequest page, CancellationToken cancellationToken)
        where T : class
    {
        var total = await items.CountAsync(cancellationToken);
        var instantOf = Paging.CompiledKey(instant);
        var before = Position.Parse(page.BeforeKey);
        List<T> tie = [];
        var newer = items;
        if (before is { } cursor)
        {
            // the items of the cursor's instant shown before it, newest first; the page holds the last of them
            var shownBefore = cursor.Shown - 1;
            var skipped = Math.Max(0, shownBefore - page.Size);
            tie = [.. await Compare(items, instant, cursor.Microseconds, Expression.Equal).OrderByDescending(instant).ThenByDescending(id)
                .Skip(skipped).Take(shownBefore - skipped).ToListAsync(cancellationToken)];
            if (skipped > 0)
            {
                return Built(tie, cursor with { Shown = skipped }, hasMoreBeyond: true);
            }

            newer = Compare(items, instant, cursor.Microseconds, Expression.GreaterThan);
        }

        // the oldest items newer than the tie, fetched oldest first with one more to tell whether others precede
        var wanted = page.Size - tie.Count;
        var oldestFirst = await newer.OrderBy(instant).ThenBy(id).Take(wanted + 1).ToListAsync(cancellationToken);
        var fetched = oldestFirst.Take(wanted).Reverse().ToList();
        var seed = fetched.Count == 0
            ? before is { } tieStart ? tieStart with { Shown = 0 } : (Position?)null
            : await SeedAsync(items, instant, instantOf, fetched, oldestFirst.Count > wanted ? oldestFirst[wanted] : null, cancellationToken);
        return Built([.. fetched, .. tie], seed, hasMoreBeyond: oldestFirst.Count > wanted);

        Connection<T> Built(List<T> newestFirst, Position? seed, bool hasMoreBeyond)
        {
            var keys = Keys(newestFirst, instantOf, seed);
            newestFirst.Reverse(); // backward, the paging order is oldest first
            return Paging.Build(newestFirst, row => keys[row], page, total, hasMoreBeyond);
        }
    }

    /// <summary>
    /// The position just before the first (newest) of <paramref name="newestFirst"/>: its instant and how many items
    /// of that instant precede it. Its tie may begin on an earlier page (the row beyond the page shares its instant):
    /// then the tie is counted.
    /// </summary>
    private static async Task<Position> SeedAsync<T>(
        IQueryable<T> items, Expression<Func<T, DateTimeOffset>> instant, Func<T, DateTimeOffset> instantOf, List<T> newestFirst, T? beyond,
        CancellationToken cancellationToken)
        where T : class
    {
        var top = StoredInstants.Microseconds(instantOf(newestFirst[0]));
        var onPage = newestFirst.Count(row => StoredInstants.Microseconds(instantOf(row)) == top);
        var tieSize = beyond is not null && StoredInstants.Microseconds(instantOf(beyond)) == top
            ? await Compare(items, instant, top, Expression.Equal).CountAsync(cancellationToken)
            : onPage;
        return new Position(top, tieSize - onPage);
    }

    private static IQueryable<T> Compare<T>(
        IQueryable<T> items, Expression<Func<T, DateTimeOffset>> instant, long microseconds, Func<Expression, Expression, BinaryExpression> comparison)
    {
        var value = Expression.Constant(new DateTimeOffset(microseconds * TimeSpan.TicksPerMicrosecond, TimeSpan.Zero));
        return items.Where(Expression.Lambda<Func<T, bool>>(comparison(instant.Body, value), instant.Parameters));
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
