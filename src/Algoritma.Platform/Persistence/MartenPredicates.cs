using System.Linq.Expressions;
using System.Reflection;

namespace Algoritma.Platform.Persistence;

/// <summary>
/// Marten's LINQ parser compiles each value a predicate captures (a dynamic method per value, per query) to read it;
/// under load that was more than half of an officer-queue request. <see cref="WhereCaptured{T}"/> reads the captured
/// locals once, by reflection, and hands Marten constants.
/// </summary>
public static class MartenPredicates
{
    public static IQueryable<T> WhereCaptured<T>(this IQueryable<T> source, Expression<Func<T, bool>> predicate) =>
        source.Where((Expression<Func<T, bool>>)CapturedValues.Instance.Visit(predicate));

    /// <summary>Rows whose unit is <paramref name="unit"/> or any unit below it (a kecamatan's kelurahan and desa).</summary>
    public static IQueryable<T> WithinUnit<T>(this IQueryable<T> source, Expression<Func<T, string>> unitOf, string unit)
    {
        var below = Expression.Constant(unit + ".");
        var code = unitOf.Body;
        var within = Expression.OrElse(
            Expression.Equal(code, Expression.Constant(unit)),
            Expression.Call(code, typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!, below));
        return source.Where(Expression.Lambda<Func<T, bool>>(within, unitOf.Parameters));
    }

    private sealed class CapturedValues : ExpressionVisitor
    {
        public static readonly CapturedValues Instance = new();

        protected override Expression VisitMember(MemberExpression node) =>
            node.Expression is ConstantExpression { Value: var closure } && closure is not null
                ? Expression.Constant(Read(node.Member, closure), node.Type)
                : base.VisitMember(node);

        private static object? Read(MemberInfo member, object closure) => member switch
        {
            FieldInfo field => field.GetValue(closure),
            PropertyInfo property => property.GetValue(closure),
            _ => throw new NotSupportedException($"Cannot read captured {member.MemberType} {member.Name}."),
        };
    }
}
