using Algoritma.Platform.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Algoritma.Platform.Features.Identity.Oidc;

/// <summary>
/// Listens on <see cref="RevocationNotices.Channel"/> over a connection of its own and applies every notice to
/// <see cref="TokenRevocations"/>. After each (re)connection it reloads the revocation state from the database, so a
/// notice sent while it was away is not lost.
/// </summary>
internal sealed class RevocationListener(
    TokenRevocations revocations, IConfiguration configuration, ILogger<RevocationListener> logger) : BackgroundService
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(DatabaseSettings.AppConnectionString(configuration))
        {
            Pooling = false, KeepAlive = 15, ApplicationName = "algoritma-revocations",
        }.ConnectionString;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(connectionString, stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Listening for token revocations failed; reconnecting in {RetryAfter}", RetryAfter);
                await Task.Delay(RetryAfter, stoppingToken);
            }
        }
    }

    private async Task ListenAsync(string connectionString, CancellationToken stoppingToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(stoppingToken);
        connection.Notification += (_, notification) => revocations.Apply(notification.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN {RevocationNotices.Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        // after LISTEN: a revocation committed from here on arrives as a notice, one committed before is in the database
        await revocations.ReloadAsync(stoppingToken);
        while (true)
        {
            await connection.WaitAsync(stoppingToken);
        }
    }
}
