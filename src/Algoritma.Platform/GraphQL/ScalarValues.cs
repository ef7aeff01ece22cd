namespace Algoritma.Platform.GraphQL;

/// <summary>Input lists and days.</summary>
internal static class ScalarValues
{
    public static IReadOnlyList<string> Strings(object? list) => list is IEnumerable<object?> items ? [.. items.Cast<string>()] : [];

    /// <summary>graphql-dotnet's <c>Date</c> scalar parses to a <see cref="DateTime"/> at midnight (and serializes one): the day is what counts.</summary>
    public static DateOnly Day(object? value) => value switch
    {
        DateOnly day => day,
        DateTime dateTime => DateOnly.FromDateTime(dateTime),
        _ => throw new ArgumentException($"Not a date: {value}", nameof(value)),
    };

    public static DateTime Scalar(DateOnly day) => day.ToDateTime(TimeOnly.MinValue);
}
