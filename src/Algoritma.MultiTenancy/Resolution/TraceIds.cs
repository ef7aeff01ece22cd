using System.Diagnostics;

namespace Algoritma.MultiTenancy.Resolution;

/// <summary>The request's W3C trace id for <c>extensions.traceId</c>, as the GraphQL server's errors carry it.</summary>
internal static class TraceIds
{
    public static string? Current =>
        Activity.Current is { IdFormat: ActivityIdFormat.W3C } activity ? activity.TraceId.ToHexString() : null;
}
