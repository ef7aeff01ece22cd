namespace Algoritma.Platform.Persistence;

/// <summary>
/// Instants at the precision PostgreSQL keeps (microseconds), rounded as PostgreSQL rounds them when it reads an instant
/// from JSON text: it parses the fraction of a second (100 ns digits) as a double and rounds its microseconds half to
/// even (<c>rint</c>), so a value ending in 5 goes the way the double falls, not always to even.
/// </summary>
internal static class StoredInstants
{
    /// <summary>Microseconds since 0001-01-01 UTC, as PostgreSQL reads <paramref name="instant"/> from JSON.</summary>
    public static long Microseconds(DateTimeOffset instant)
    {
        var (seconds, ticks) = Math.DivRem(instant.UtcTicks, TimeSpan.TicksPerSecond);
        var fraction = ticks / (double)TimeSpan.TicksPerSecond; // the nearest double to 0.ddddddd, as strtod reads it
        return (seconds * TimeSpan.MicrosecondsPerSecond) + (long)Math.Round(fraction * TimeSpan.MicrosecondsPerSecond, MidpointRounding.ToEven);
    }

    /// <summary>
    /// <paramref name="instant"/> at that microsecond, in its own offset. Npgsql truncates an instant it writes to a
    /// column; one already at the microsecond is written exactly, so the column, the JSON and a cursor all agree.
    /// </summary>
    public static DateTimeOffset AtStoredPrecision(DateTimeOffset instant) =>
        instant.AddTicks((Microseconds(instant) * TimeSpan.TicksPerMicrosecond) - instant.UtcTicks);
}
