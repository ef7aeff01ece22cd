using Algoritma.Platform.Persistence;
using Weasel.Core;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Algoritma.Platform.Features.Adoption.Projection;

/// <summary>An adoption projection's shape: its rules' version and the definitions of every table and function it writes.</summary>
/// <param name="rules">raise it when the projection writes other rows for the same events while no table definition changes</param>
internal sealed class AdoptionShape(string projectionName, IReadOnlyList<ISchemaObject> schemaObjects, int rules, IReadOnlyList<string>? retiredTables = null) : IProjectionShape
{
    public static IEnumerable<AdoptionShape> All =>
    [
        new(AdoptionProjection.ProjectionName, AdoptionProjection.SchemaObjects, rules: 1),
        // 2: the citizens' recent days start a month earlier
        new(CitizenProjection.ProjectionName, CitizenProjection.SchemaObjects, rules: 2, CitizenProjection.RetiredTables),
    ];

    public string ProjectionName => projectionName;

    public IReadOnlyList<string> RetiredTables => retiredTables ?? [];

    public IReadOnlyList<string> Tables => [.. schemaObjects.OfType<Table>().Select(AdoptionTables.Name)];

    public string Describe()
    {
        var migrator = new PostgresqlMigrator();
        return string.Join('\n', [$"rules {rules}", .. schemaObjects.Select(schemaObject => schemaObject.ToCreateSql(migrator))]);
    }
}
