namespace Algoritma.Platform.Features.Requests.Sla;

/// <summary>The unit a service-level promise is expressed in.</summary>
public enum SlaUnit
{
    /// <summary>Whole working days, e.g. "3 hari kerja"; the deadline is a closing time.</summary>
    WorkingDays,

    /// <summary>Minutes of office time, e.g. "60 menit"; carries over to following working days.</summary>
    WorkingMinutes,
}

/// <summary>A service-level promise: complete within <see cref="Amount"/> <see cref="Unit"/>s.</summary>
public sealed record ServiceLevel(SlaUnit Unit, int Amount);
