using JasperFx.Events;

namespace Algoritma.Platform.Features.Adoption.Projection;

/// <summary>A batch's rows as the column arrays the projection's statements unnest, one element per row.</summary>
internal static class BatchColumns
{
    public static TValue[] Column<T, TValue>(IEnumerable<T> rows, Func<T, TValue> value) => [.. rows.Select(value)];

    public static string[] TenantIds<T>(IEnumerable<IEvent<T>> events) where T : notnull => Column(events, e => e.TenantId);

    public static Guid[] StreamIds<T>(IEnumerable<IEvent<T>> events) where T : notnull => Column(events, e => e.StreamId);
}
