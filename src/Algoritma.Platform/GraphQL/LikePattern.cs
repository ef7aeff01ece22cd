namespace Algoritma.Platform.GraphQL;

/// <summary>Text searched for with LIKE/ILIKE: its wildcards match themselves.</summary>
internal static class LikePattern
{
    public const string EscapeCharacter = "\\";

    public static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
