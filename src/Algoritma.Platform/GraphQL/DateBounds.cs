using Algoritma.GraphQL.Server.Errors;

namespace Algoritma.Platform.GraphQL;

/// <summary>
/// The days the platform reasons about. Analytics ranges and campaign periods lie within [2000-01-01, 2099-12-31];
/// outside it calendar arithmetic (a baseline as long as the campaign before it, the periods of a range) would
/// leave the calendar's range, and no city has data there.
/// </summary>
internal static class DateBounds
{
    public static readonly DateOnly Earliest = new(2000, 1, 1);
    public static readonly DateOnly Latest = new(2099, 12, 31);

    /// <summary>An analytics query covers at most ten years.</summary>
    public const int MaxRangeDays = 3660;

    /// <summary>A campaign runs at most five years.</summary>
    public const int MaxCampaignDays = 1830;

    public static bool Within(DateOnly day) => day >= Earliest && day <= Latest;

    /// <summary>An analytics range [from, to): BAD_USER_INPUT unless from is before to, both are within the window and the range is at most ten years.</summary>
    public static void RequireRange(DateOnly from, DateOnly to)
    {
        if (!Within(from) || !Within(to))
        {
            throw CodedError.BadUserInput($"'from' and 'to' lie between {Earliest:yyyy-MM-dd} and {Latest:yyyy-MM-dd}.");
        }

        if (from >= to)
        {
            throw CodedError.BadUserInput("'from' must be before 'to'.");
        }

        if (to.DayNumber - from.DayNumber > MaxRangeDays)
        {
            throw CodedError.BadUserInput($"A range covers at most {MaxRangeDays} days.");
        }
    }

    /// <summary>An optional range of instants (filters): each end within the window, from before to, at most ten years.</summary>
    public static void RequireRange(DateTimeOffset? from, DateTimeOffset? to)
    {
        var fromDay = from is { } f ? DateOnly.FromDateTime(f.UtcDateTime) : (DateOnly?)null;
        var toDay = to is { } t ? DateOnly.FromDateTime(t.UtcDateTime) : (DateOnly?)null;
        if ((fromDay is { } a && !Within(a)) || (toDay is { } b && !Within(b)))
        {
            throw CodedError.BadUserInput($"'from' and 'to' lie between {Earliest:yyyy-MM-dd} and {Latest:yyyy-MM-dd}.");
        }

        if (from is { } start && to is { } end && (start >= end || (end - start).TotalDays > MaxRangeDays))
        {
            throw CodedError.BadUserInput($"'from' must be before 'to', at most {MaxRangeDays} days apart.");
        }
    }
}
