namespace Algoritma.Platform.Features.Catalog;

/// <summary>How a service was used: digital channels count towards digital take-up.</summary>
public enum Channel
{
    Online,
    Counter,
    Kiosk,
    Assisted,
}
