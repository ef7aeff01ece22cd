using Algoritma.Platform.Persistence;
using Weasel.Postgresql;

namespace Algoritma.Platform.Features.Adoption.Projection;

/// <summary>The adoption projection's shape: its rules' version and the definitions of every table and function it writes.</summary>
internal sealed class AdoptionShape : IProjectionShape
{
    /// <summary>Raise it when the producers write other rows for the same events while no table definition changes.</summary>
    private const int RulesVersion = 1;

    public string ProjectionName => AdoptionProjection.ProjectionName;

    public string Describe()
    {
        var migrator = new PostgresqlMigrator();
        return string.Join('\n', [$"rules {RulesVersion}", .. AdoptionProjection.SchemaObjects.Select(schemaObject => schemaObject.ToCreateSql(migrator))]);
    }
}
