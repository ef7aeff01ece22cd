namespace Algoritma.Simulation.Arrivals;

/// <summary>How a simulated request ends.</summary>
internal enum Outcome
{
    /// <summary>Served at the counter and recorded in one step.</summary>
    WalkIn,
    Completed,
    Rejected,

    /// <summary>Returned for a missing document, resubmitted by the citizen, then completed.</summary>
    ReturnedThenCompleted,

    /// <summary>Cancelled by the citizen before verification.</summary>
    Cancelled,
}
