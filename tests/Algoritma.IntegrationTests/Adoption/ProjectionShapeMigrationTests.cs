using Algoritma.Platform.Persistence;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Algoritma.IntegrationTests.Adoption;

/// <summary>
/// <c>db migrate</c> on a database projected under an older shape of the adoption projections (as before a table was
/// added: the new table empty, the daemon's mark at the end) rebuilds it from the events; at the code's shape it
/// projects nothing.
/// </summary>
public sealed class ProjectionShapeMigrationTests : IAsyncLifetime
{
    private static readonly string[] Emptied = ["adoption_period_counts", "adoption_processing_times"];

    private readonly AdoptionHistory _history = new();

    public async Task InitializeAsync() => await _history.InitializeAsync();

    public async Task DisposeAsync() => await _history.DisposeAsync();

    [Fact]
    public async Task Migrating_a_database_projected_under_an_older_shape_rebuilds_the_projection_and_a_current_one_is_left_alone()
    {
        var projected = await TablesAsync();
        Assert.All(projected, table => Assert.NotEmpty(table));

        await ExecuteAsync($"DELETE FROM marten.{Emptied[0]}; DELETE FROM marten.{Emptied[1]}; UPDATE marten.projection_shapes SET fingerprint = 'older' WHERE name IN ('Adoption', 'AdoptionCitizens')");
        await MigrateAsync();
        Assert.Equal(projected, await TablesAsync());

        await ExecuteAsync($"DELETE FROM marten.{Emptied[1]}");
        await MigrateAsync();
        Assert.Empty((await TablesAsync())[1]);
    }

    private async Task MigrateAsync()
    {
        await using var scope = _history.Api.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_history.Api.Database.ConnectionString);
        await connection.ExecuteAsync(sql);
    }

    /// <summary>Each emptied table's rows as text, sorted.</summary>
    private async Task<IReadOnlyList<string>> TablesAsync()
    {
        await using var connection = new NpgsqlConnection(_history.Api.Database.ConnectionString);
        var tables = new List<string>();
        foreach (var table in Emptied)
        {
            tables.Add(await connection.QuerySingleAsync<string?>($"SELECT string_agg(t::text, E'\\n' ORDER BY t::text) FROM marten.{table} t") ?? string.Empty);
        }

        return tables;
    }
}
