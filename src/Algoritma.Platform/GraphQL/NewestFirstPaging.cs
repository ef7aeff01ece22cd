using System.Globalization;
using System.Linq.Expressions;
using Algoritma.GraphQL.Server.Relay;
using GraphQL;
using Marten;
using Marten.Linq;

namespace Algoritma.Platform.GraphQL;

/// <summary>A Marten query paged newest first; the cursor is the instant (ticks, fixed width so keys order as text).</summary>
internal static class NewestFirstPaging
{
    public static async Task<Connection<T>> PageAsync<T>(IQueryable<T> items, Expression<Func<T, DateTimeOffset>> instant, IResolveFieldContext context)
        where T : notnull
    {
        var page = PageRequest.From(context);
        IQueryable<T> paged;
        QueryStatistics? statistics = null;
        if (page.AfterKey is { } after && long.TryParse(after, CultureInfo.InvariantCulture, out var ticks))
        {
            var before = Expression.Constant(new DateTimeOffset(ticks, TimeSpan.Zero));
            paged = items.Where(Expression.Lambda<Func<T, bool>>(Expression.LessThan(instant.Body, before), instant.Parameters));
        }
        else
        {
            // the first page counts the whole list in the same round trip
            paged = items.Stats(out var counted);
            statistics = counted;
        }

        var rows = await paged.OrderByDescending(instant).Take(page.First + 1).ToListAsync(context.CancellationToken);
        var total = statistics is null ? await items.CountAsync(context.CancellationToken) : (int)statistics.TotalResults;
        var key = Paging.CompiledKey(instant);
        return Paging.Build([.. rows], item => key(item).UtcTicks.ToString("D19", CultureInfo.InvariantCulture), page, total);
    }
}
