using Algoritma.MultiTenancy;
using Algoritma.MultiTenancy.Marten;
using Algoritma.Platform.Persistence;
using JasperFx;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Algoritma.IntegrationTests.Tenancy;

/// <summary>Marten's conjoined tenancy on its own: no EF Core, no row-level security.</summary>
[Collection(ApiCollection.Name)]
public sealed class MartenIsolationTests(ApiFactory api)
{
    private readonly CurrentTenant _current = new();

    private string OwnerConnection => DatabaseSettings.OwnerConnectionString(api.Services.GetRequiredService<IConfiguration>());

    private static TenantInfo Tenant(string id) => new(id, id, true, [], "Asia/Makassar");

    [Fact]
    public async Task Marten_sessions_open_only_for_the_tenant_in_scope_and_see_only_its_documents()
    {
        try
        {
            await SessionsSeeOnlyTheirTenantAsync();
        }
        finally
        {
            // the schema holds tenant tables without row-level security (the layer under test here is Marten's alone):
            // left behind, it would fail the coverage of every schema
            await using var connection = new NpgsqlConnection(OwnerConnection);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {Schema} CASCADE", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private const string Schema = "isolation_test";

    private async Task SessionsSeeOnlyTheirTenantAsync()
    {
        await using var store = DocumentStore.For(options =>
        {
            EventStoreSchema.Configure(options, OwnerConnection, AutoCreate.CreateOrUpdate);
            options.DatabaseSchemaName = Schema;
        });
        await using var sessions = new TenantSessionFactory(store, _current, new TenantSessionConnection(OwnerConnection));
        var id = Guid.NewGuid();
        using (_current.BeginScope(Tenant("samarinda")))
        {
            await using var session = sessions.OpenSession();
            session.Store(new Note(id, "samarinda only"));
            session.Events.StartStream(id, new NoteWritten("samarinda only"));
            await session.SaveChangesAsync();
        }

        using (_current.BeginScope(Tenant("makassar")))
        {
            await using var session = sessions.QuerySession();
            Assert.Null(await session.LoadAsync<Note>(id));
            Assert.Empty(await session.Events.FetchStreamAsync(id));
        }

        using (_current.BeginScope(Tenant("samarinda")))
        {
            await using var session = sessions.QuerySession();
            Assert.NotNull(await session.LoadAsync<Note>(id));
            Assert.Single(await session.Events.FetchStreamAsync(id));
        }

        using (_current.BeginPlatformScope())
        {
            Assert.Throws<TenantRequiredException>(() => sessions.QuerySession());
        }
    }

    public sealed record Note(Guid Id, string Text);

    public sealed record NoteWritten(string Text);

}
