using System.Diagnostics;
using Algoritma.Platform;
using Npgsql;

namespace Algoritma.Benchmarks.Infrastructure;

/// <summary>
/// A fresh PostgreSQL database for one benchmark process, on the server ALGORITMA_DB names or else on the
/// checkout's private cluster <c>bench</c> (<c>infra/local/pg.sh up bench</c>); dropped when disposed.
/// </summary>
public sealed class BenchmarkDatabase : IAsyncDisposable
{
    private readonly string _serverConnectionString;

    private BenchmarkDatabase(string serverConnectionString, string name)
    {
        _serverConnectionString = serverConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<BenchmarkDatabase> CreateAsync()
    {
        var database = new BenchmarkDatabase(ServerConnectionString(), $"algoritma_benchmarks_{Guid.NewGuid():N}");
        await database.ExecuteOnServerAsync($"CREATE DATABASE {database.Name}");
        // seeding commits once per command; like bench/adoption.sh, don't wait for each commit's WAL flush
        await database.ExecuteOnServerAsync($"ALTER DATABASE {database.Name} SET synchronous_commit = off");
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }

    private static string ServerConnectionString() =>
        Environment.GetEnvironmentVariable("ALGORITMA_DB") is { Length: > 0 } configured ? configured : StartBenchCluster();

    /// <summary>Starts (or reuses) the private cluster <c>bench</c>; the script prints its connection string.</summary>
    private static string StartBenchCluster()
    {
        var script = Path.Combine(Checkout.OfBinaries, "infra", "local", "pg.sh");
        using var process = Process.Start(new ProcessStartInfo(script, ["up", "bench"])
        {
            RedirectStandardOutput = true,
            WorkingDirectory = Checkout.OfBinaries,
        }) ?? throw new InvalidOperationException($"Could not start {script}.");
        var output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return process.ExitCode == 0 && output.Length > 0
            ? output.Split('\n')[^1]
            : throw new InvalidOperationException($"{script} up bench failed with exit code {process.ExitCode}.");
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        var server = new NpgsqlConnectionStringBuilder(_serverConnectionString) { Database = "postgres" }.ConnectionString;
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
