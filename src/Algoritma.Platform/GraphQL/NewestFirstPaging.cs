using System.Globalization;
using System.Linq.Expressions;
using Algoritma.GraphQL.Server.Relay;
using GraphQL;
using Marten;

namespace Algoritma.Platform.GraphQL;

/// <summary>A Marten query paged newest first; the cursor is the instant (ticks, fixed width so keys order as text).</summary>
internal static class NewestFirstPaging
{
    public static async Task<Connection<T>> PageAsync<T>(IQueryable<T> items, Expression<Func<T, DateTimeOffset>> instant, IResolveFieldContext context)
        where T : notnull
    {
        var page = PageRequest.From(context);
        int total;
        IReadOnlyList<T> rows;
        if (page.AfterKey is { } after && long.TryParse(after, CultureInfo.InvariantCulture, out var ticks))
        {
            total = await items.CountAsync(context.CancellationToken);
            var before = Expression.Constant(new DateTimeOffset(ticks, TimeSpan.Zero));
            rows = await items.Where(Expression.Lambda<Func<T, bool>>(Expression.LessThan(instant.Body, before), instant.Parameters))
                .OrderByDescending(instant).Take(page.First + 1).ToListAsync(context.CancellationToken);
        }
        else
        {
            // the first page counts the whole list in the same round trip
            rows = await items.Stats(out var statistics).OrderByDescending(instant).Take(page.First + 1).ToListAsync(context.CancellationToken);
            total = (int)statistics.TotalResults;
        }

        var key = Paging.CompiledKey(instant);
        return Paging.Build([.. rows], item => key(item).UtcTicks.ToString("D19", CultureInfo.InvariantCulture), page, total);
    }
}
