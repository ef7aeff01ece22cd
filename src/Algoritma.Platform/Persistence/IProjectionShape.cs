namespace Algoritma.Platform.Persistence;

/// <summary>
/// What an async projection's stored rows depend on besides the events: its tables' definitions and the rules that
/// fill them. When it changes, the rows projected under the old shape are wrong or missing (a new table starts empty
/// while the daemon's mark stays at the end), so <c>db migrate</c> rebuilds that projection (<see cref="ProjectionShapes"/>).
/// </summary>
public interface IProjectionShape
{
    string ProjectionName { get; }

    /// <summary>A text that changes whenever the rows the projection writes for the same events change.</summary>
    string Describe();

    /// <summary>Tables (schema-qualified) an earlier shape wrote and this one no longer does: dropped when the shape changes.</summary>
    IReadOnlyList<string> RetiredTables => [];

    /// <summary>The tables (schema-qualified) the projection writes: emptied before it is rebuilt (<see cref="ProjectionRebuilds"/>).</summary>
    IReadOnlyList<string> Tables => [];
}
