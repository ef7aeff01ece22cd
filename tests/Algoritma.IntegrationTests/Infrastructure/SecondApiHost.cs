using Algoritma.Platform.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Algoritma.IntegrationTests.Infrastructure;

/// <summary>Another API process on a database an <see cref="ApiFactory"/> already migrated: what a second replica sees.</summary>
public sealed class SecondApiHost(string connectionString) : WebApplicationFactory<Program>
{
    public GraphQLClient Tenant(string tenantId) => new(CreateClient(), $"/t/{tenantId}/graphql");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting(DatabaseSettings.ConnectionStringKey, connectionString);
        builder.UseSetting("Projections:Daemon", "Disabled");
    }
}
