using GraphQL.Types;

namespace Algoritma.GraphQL.Server.RateLimiting;

/// <summary>
/// Declares that every occurrence of a field in a document is charged to a named rate limit policy; the host's
/// <see cref="IGraphQLRateLimiter"/> decides what the policy allows. Aliases and fragment spreads each count.
/// </summary>
public static class RateLimitedFields
{
    private const string PolicyKey = "Algoritma.RateLimitPolicy";

    public static TMetadataWriter RateLimited<TMetadataWriter>(this TMetadataWriter field, string policy)
        where TMetadataWriter : IMetadataWriter
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(policy);
        field.Metadata[PolicyKey] = policy;
        return field;
    }

    public static string? RateLimitPolicy(this IProvideMetadata field) => field.GetMetadata<string?>(PolicyKey);
}
