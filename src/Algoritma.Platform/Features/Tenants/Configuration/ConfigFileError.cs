namespace Algoritma.Platform.Features.Tenants.Configuration;

/// <summary>A problem in a configuration file, located by file name and 1-based line.</summary>
public sealed record ConfigFileError(string File, int Line, string Reason)
{
    public override string ToString() => $"{File}:{Line}: {Reason}";
}
