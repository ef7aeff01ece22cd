using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Algoritma.MultiTenancy.EntityFramework;

public static class TenantQueryFilters
{
    /// <summary>Name of the query filter on every tenant-owned entity (<c>IgnoreQueryFilters(["tenant"])</c>).</summary>
    public const string FilterName = "tenant";

    /// <summary>
    /// Adds <c>e.TenantId == context.CurrentTenantId</c> to every <see cref="ITenantOwned"/> entity. The filter
    /// reads the context instance, so EF Core evaluates it per query; no tenant in scope matches no row.
    /// </summary>
    public static ModelBuilder ApplyTenantQueryFilters<TContext>(this ModelBuilder modelBuilder, TContext context)
        where TContext : DbContext, ITenantAwareDbContext
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType)))
        {
            var entity = Expression.Parameter(entityType.ClrType, "e");
            var filter = Expression.Lambda(
                Expression.Equal(
                    Expression.Property(entity, nameof(ITenantOwned.TenantId)),
                    Expression.Property(Expression.Constant(context), nameof(ITenantAwareDbContext.CurrentTenantId))),
                entity);
            modelBuilder.Entity(entityType.ClrType).HasQueryFilter(FilterName, filter);
        }

        return modelBuilder;
    }
}
