using System.Globalization;
using System.Text;

namespace Algoritma.Platform.Persistence.Changes;

/// <summary>
/// That a tenant's event stream reached a version: all a change notification carries (no domain data), so whoever
/// hears it reads the stream's state under their own authorization.
/// </summary>
public sealed record StreamChange(string Tenant, Guid StreamId, long Version)
{
    /// <summary>The PostgreSQL channel every API process listens on.</summary>
    public const string Channel = "algoritma_changes";

    /// <summary>A notification's payload stays under PostgreSQL's 8,000 bytes; changes in one are separated by a newline.</summary>
    public const int MaxPayloadBytes = 7_900;

    private const char Separator = '\n';

    public string ToPayload() => string.Create(CultureInfo.InvariantCulture, $"{Tenant}/{StreamId:N}/{Version}");

    /// <summary>The changes as few payloads as PostgreSQL's size limit allows, in their order.</summary>
    public static List<string> Payloads(IEnumerable<StreamChange> changes)
    {
        var payloads = new List<string>();
        var payload = new StringBuilder();
        var bytes = 0;
        foreach (var line in changes.Select(change => change.ToPayload()))
        {
            var lineBytes = Encoding.UTF8.GetByteCount(line);
            if (bytes > 0 && bytes + 1 + lineBytes > MaxPayloadBytes)
            {
                payloads.Add(payload.ToString());
                payload.Clear();
                bytes = 0;
            }

            if (bytes > 0)
            {
                payload.Append(Separator);
                bytes++;
            }

            payload.Append(line);
            bytes += lineBytes;
        }

        if (payload.Length > 0)
        {
            payloads.Add(payload.ToString());
        }

        return payloads;
    }

    /// <summary>The changes a payload carries; a line that is not a change is skipped.</summary>
    public static IEnumerable<StreamChange> FromPayload(string payload) =>
        payload.Split(Separator).Select(FromLine).OfType<StreamChange>();

    private static StreamChange? FromLine(string line)
    {
        var parts = line.Split('/');
        return parts.Length == 3 && parts[0].Length > 0
            && Guid.TryParseExact(parts[1], "N", out var streamId)
            && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? new StreamChange(parts[0], streamId, version)
            : null;
    }
}
