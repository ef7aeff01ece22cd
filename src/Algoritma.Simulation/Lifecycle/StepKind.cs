namespace Algoritma.Simulation.Lifecycle;

/// <summary>The commands a simulated request goes through, one per step.</summary>
internal enum StepKind
{
    Submit,
    Verify,
    Complete,
    Reject,
    Return,
    Resubmit,
    Cancel,
    Rate,
}
