using Algoritma.Platform.Persistence;
using Weasel.Core;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Algoritma.Platform.Features.Adoption.Projection;

/// <summary>An adoption projection's shape: its rules' version and the definitions of every table and function it writes.</summary>
internal sealed class AdoptionShape(string projectionName, IReadOnlyList<ISchemaObject> schemaObjects, IReadOnlyList<string>? retiredTables = null) : IProjectionShape
{
    /// <summary>Raise it when the producers write other rows for the same events while no table definition changes.</summary>
    private const int RulesVersion = 1;

    public static IEnumerable<AdoptionShape> All =>
        [new(AdoptionProjection.ProjectionName, AdoptionProjection.SchemaObjects), new(CitizenProjection.ProjectionName, CitizenProjection.SchemaObjects, CitizenProjection.RetiredTables)];

    public string ProjectionName => projectionName;

    public IReadOnlyList<string> RetiredTables => retiredTables ?? [];

    public IReadOnlyList<string> Tables => [.. schemaObjects.OfType<Table>().Select(AdoptionTables.Name)];

    public string Describe()
    {
        var migrator = new PostgresqlMigrator();
        return string.Join('\n', [$"rules {RulesVersion}", .. schemaObjects.Select(schemaObject => schemaObject.ToCreateSql(migrator))]);
    }
}
