using System.Globalization;

namespace Algoritma.Platform.Persistence.Changes;

/// <summary>
/// That a tenant's event stream reached a version: all a change notification carries (no domain data), so whoever
/// hears it reads the stream's state under their own authorization.
/// </summary>
public sealed record StreamChange(string Tenant, Guid StreamId, long Version)
{
    /// <summary>The PostgreSQL channel every API process listens on.</summary>
    public const string Channel = "algoritma_changes";

    public string ToPayload() => string.Create(CultureInfo.InvariantCulture, $"{Tenant}/{StreamId:N}/{Version}");

    public static StreamChange? FromPayload(string payload)
    {
        var parts = payload.Split('/');
        return parts.Length == 3 && parts[0].Length > 0
            && Guid.TryParseExact(parts[1], "N", out var streamId)
            && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? new StreamChange(parts[0], streamId, version)
            : null;
    }
}
