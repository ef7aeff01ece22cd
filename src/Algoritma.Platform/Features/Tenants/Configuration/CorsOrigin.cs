using System.Text.Json;

namespace Algoritma.Platform.Features.Tenants.Configuration;

/// <summary>
/// An origin as a browser sends it in <c>Origin</c>: <c>scheme://host[:port]</c>, http or https, lower-case, no path,
/// query, fragment or credentials, the default port left out.
/// </summary>
public static class CorsOrigin
{
    /// <summary>Most origins one tenant (or the platform) may configure.</summary>
    public const int MaxCount = 50;

    /// <summary>Longest configured origin: a scheme, a 253-character host name and a port fit.</summary>
    public const int MaxLength = 300;

    /// <summary>The normalized origin of <paramref name="text"/>, or null when it is not an origin.</summary>
    public static string? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength
            || !Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
            || uri.UserInfo.Length > 0 || uri.Query.Length > 0 || uri.Fragment.Length > 0 || HasPath(text))
        {
            return null;
        }

        return uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant();
    }

    /// <summary>The origin a redirect URI's page runs on, or null when it has none a browser could send (a custom scheme).</summary>
    public static string? OfRedirectUri(string redirectUri) =>
        Uri.TryCreate(redirectUri, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant()
            : null;

    /// <summary>A trailing "/" is no path ("http://a/" is "http://a"); anything after the authority's first "/" is.</summary>
    private static bool HasPath(string text)
    {
        var afterScheme = text.IndexOf("://", StringComparison.Ordinal);
        var slash = afterScheme < 0 ? -1 : text.IndexOf('/', afterScheme + 3);
        return afterScheme < 0 || (slash >= 0 && slash != text.Length - 1);
    }
}

/// <summary>The browser origins a tenant configured (tenants-config <c>origins:</c> or setAllowedOrigins), as its settings keep them.</summary>
public static class ConfiguredOrigins
{
    public const string SettingsKey = "cors.origins";

    /// <summary>The configured origins kept in a tenant's settings (a JSON array).</summary>
    public static IReadOnlyList<string> FromSettings(IReadOnlyDictionary<string, string> settings)
    {
        if (!settings.TryGetValue(SettingsKey, out var json))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<List<string>>(json)?.Select(CorsOrigin.Parse).OfType<string>().ToList() ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    public static string ToSettings(IEnumerable<string> origins) => JsonSerializer.Serialize(origins);
}
