namespace Algoritma.Platform.Features.StaffConsole;

/// <summary>The <c>Console</c> settings: whether the host serves the staff console, and where its build is.</summary>
public sealed class StaffConsoleOptions
{
    public const string Section = "Console";

    /// <summary>The checkout's build of the console, when the API runs inside one.</summary>
    public const string InRepository = "src/Algoritma.Console/dist";

    public bool Enabled { get; set; } = true;

    /// <summary><c>npm run build</c>'s output (index.html, assets/); null: the checkout's, or none outside a checkout.</summary>
    public string? Path { get; set; }

    public string? DistFolder => Path ?? (Checkout.OfWorkingDirectory() is { } checkout ? System.IO.Path.Combine(checkout, InRepository) : null);
}
