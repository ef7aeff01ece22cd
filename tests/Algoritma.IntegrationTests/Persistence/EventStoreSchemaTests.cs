using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.IntegrationTests.Persistence;

/// <summary>
/// Marten compares the schema it would create with the database's on every start: an index it reads back differently
/// from how it declares it (an INCLUDE list, an expression) would be dropped and built again each time.
/// </summary>
public sealed class EventStoreSchemaTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_migrated_database_has_nothing_left_to_change_in_the_event_store_schema()
    {
        var store = api.Services.GetRequiredService<IDocumentStore>();

        var migration = await store.Storage.Database.CreateMigrationAsync();

        Assert.Equal(Weasel.Core.SchemaPatchDifference.None, migration.Difference);
    }
}
