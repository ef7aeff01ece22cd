using System.Net;
using System.Text.Json;
using Npgsql;

namespace Algoritma.IntegrationTests.Errors;

/// <summary>A database refusing new connections: the API answers UNAVAILABLE with Retry-After, not INTERNAL, and serves again after.</summary>
public sealed class DatabaseOutOfReachTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    // Makassar's adoption figures are read through a pool the host opens on first use: here, while the database refuses
    private const string Lifecycle = "{ lifecycle(from: \"2026-03-01\", to: \"2026-06-01\", granularity: MONTH) { periodStart new } }";

    [Fact]
    public async Task A_database_at_its_connection_limit_answers_unavailable_with_retry_after_then_serves_again()
    {
        var manager = api.Tenant("makassar").WithToken(await api.CityAdminAsync("makassar"));

        await SetConnectionLimitAsync(0);
        GraphQLResponse refused;
        try
        {
            refused = await manager.PostAsync(Lifecycle);
        }
        finally
        {
            await SetConnectionLimitAsync(-1);
        }

        Assert.True(refused.Status == HttpStatusCode.ServiceUnavailable, refused.ToString());
        Assert.Equal("UNAVAILABLE", refused.FirstErrorCode);
        Assert.Equal("5", refused.Headers["Retry-After"]);
        Assert.DoesNotContain("connection", refused.Errors[0].GetProperty("message").GetString()!, StringComparison.OrdinalIgnoreCase);

        var served = await manager.PostAsync(Lifecycle);
        Assert.True(served.Status == HttpStatusCode.OK && served.Errors.Count == 0, served.ToString());
        Assert.Equal(JsonValueKind.Array, served.Data.GetProperty("lifecycle").ValueKind);
    }

    /// <summary>As the owner (a superuser, whom the limit does not bind): the API's role may open no new connection at 0.</summary>
    private async Task SetConnectionLimitAsync(int limit)
    {
        await using var connection = new NpgsqlConnection(api.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"ALTER DATABASE {api.Database.Name} CONNECTION LIMIT {limit}", connection);
        await command.ExecuteNonQueryAsync();
    }
}
