using Algoritma.Platform.Features.Catalog;
using NodaTime;

namespace Algoritma.Simulation.Arrivals;

/// <summary>Everything about one request drawn at arrival, so a run is the same whatever order the workers interleave in.</summary>
internal sealed record RequestPlan(
    KelurahanProfile Home, string ServiceCode, string UnitCode, Channel Channel, IReadOnlyList<string> Documents, int Resident,
    Instant SubmitAt, Outcome Outcome, bool Late, double VerifyFraction, double CompleteFraction, int LateMinutes,
    int ResubmitDelayMinutes, IReadOnlyList<int>? Scores, int RatingDelayMinutes);
