using System.Linq.Expressions;
using Algoritma.GraphQL.Server.Relay;
using Algoritma.Platform.Persistence;

namespace Algoritma.Platform.GraphQL;

/// <summary>
/// A root field that pages rows of the platform's database by one unique key, once <paramref name="requireScope"/>
/// has checked the endpoint it is called at; <paramref name="roles"/> may call it (anyone when none).
/// </summary>
internal abstract class RowPageQuery<TNodeType, TRow>(
    string name, string description, Action<IResolveFieldContext> requireScope,
    Func<PlatformDbContext, IQueryable<TRow>> rows, Expression<Func<TRow, string>> key, params string[] roles)
    : QueryField<NonNullGraphType<ConnectionType<TNodeType, TRow>>>(name, description, field =>
    {
        field.PageArguments();
        if (roles.Length > 0)
        {
            field.AuthorizeWithRoles(roles);
        }

        field.ResolveAsync(async context =>
        {
            requireScope(context);
            return await rows(context.Service<PlatformDbContext>()).PageAsync(key, PageRequest.From(context), context.CancellationToken);
        });
    })
    where TNodeType : IGraphType
{
    protected static void WithinTenant(IResolveFieldContext context) => context.RequireTenant();

    protected static void AtPlatformScope(IResolveFieldContext context) => context.RequirePlatformScope();
}
