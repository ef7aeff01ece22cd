using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Algoritma.Platform.Persistence;

/// <summary>
/// Where the platform's PostgreSQL is. <c>ALGORITMA_DB</c> is the owner's connection (migrations, roles);
/// the application itself connects as the non-owner role <c>algoritma_app</c>, which row-level security
/// binds: <c>ALGORITMA_APP_DB</c> when given, else the owner's connection with that role's credentials.
/// The projection daemon, which reads every tenant's events and writes every tenant's analytics, connects as
/// <c>algoritma_daemon</c> (<c>ALGORITMA_DAEMON_DB</c>, or the owner's connection with that role's credentials):
/// a policy of its own lets it through the event store's tables, and it has no rights anywhere else.
/// </summary>
public static class DatabaseSettings
{
    public const string ConnectionStringKey = "ALGORITMA_DB";
    public const string AppConnectionStringKey = "ALGORITMA_APP_DB";
    public const string AppPasswordKey = "ALGORITMA_APP_PASSWORD";
    public const string AppRole = "algoritma_app";
    public const string DaemonConnectionStringKey = "ALGORITMA_DAEMON_DB";
    public const string DaemonPasswordKey = "ALGORITMA_DAEMON_PASSWORD";
    public const string DaemonRole = "algoritma_daemon";
    private const string DevelopmentAppPassword = "algoritma-app-dev";
    private const string DevelopmentDaemonPassword = "algoritma-daemon-dev";

    public static string OwnerConnectionString(IConfiguration configuration) =>
        configuration[ConnectionStringKey] is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{ConnectionStringKey} is not set: ./run.sh and ./test.sh set it, or export a PostgreSQL connection string.");

    public static string AppConnectionString(IConfiguration configuration) =>
        RoleConnectionString(configuration, AppConnectionStringKey, AppRole, AppPassword(configuration));

    /// <summary>
    /// The daemon's connection, whose sessions never plan parallel queries: its statements read by key, a few thousand
    /// rows each, and on two cores a parallel plan's workers cost more than they share (an event page of 2,000
    /// submissions took 71–79 ms with two workers and 27–39 ms without; the 1M rebuild 61 s against 56 s).
    /// </summary>
    public static string DaemonConnectionString(IConfiguration configuration)
    {
        var builder = new NpgsqlConnectionStringBuilder(
            RoleConnectionString(configuration, DaemonConnectionStringKey, DaemonRole, DaemonPassword(configuration)));
        builder.Options = $"{builder.Options} {SerialPlans}".Trim();
        return builder.ConnectionString;
    }

    private const string SerialPlans = "-c max_parallel_workers_per_gather=0";

    public static string AppPassword(IConfiguration configuration) =>
        configuration[AppPasswordKey] is { Length: > 0 } password ? password : DevelopmentAppPassword;

    public static string DaemonPassword(IConfiguration configuration) =>
        configuration[DaemonPasswordKey] is { Length: > 0 } password ? password : DevelopmentDaemonPassword;

    private static string RoleConnectionString(IConfiguration configuration, string key, string role, string password) =>
        configuration[key] is { Length: > 0 } explicitConnection
            ? explicitConnection
            : new NpgsqlConnectionStringBuilder(OwnerConnectionString(configuration)) { Username = role, Password = password }.ConnectionString;
}
