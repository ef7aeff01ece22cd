using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Algoritma.Platform.Persistence;

/// <summary>
/// Where the platform's PostgreSQL is. <c>ALGORITMA_DB</c> is the owner's connection (migrations, roles);
/// the application itself connects as the non-owner role <c>algoritma_app</c>, which row-level security
/// binds: <c>ALGORITMA_APP_DB</c> when given, else the owner's connection with that role's credentials.
/// </summary>
public static class DatabaseSettings
{
    public const string ConnectionStringKey = "ALGORITMA_DB";
    public const string AppConnectionStringKey = "ALGORITMA_APP_DB";
    public const string AppPasswordKey = "ALGORITMA_APP_PASSWORD";
    public const string AppRole = "algoritma_app";
    private const string DevelopmentAppPassword = "algoritma-app-dev";

    public static string OwnerConnectionString(IConfiguration configuration) =>
        configuration[ConnectionStringKey] is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{ConnectionStringKey} is not set: ./run.sh and ./test.sh set it, or export a PostgreSQL connection string.");

    public static string AppConnectionString(IConfiguration configuration) =>
        configuration[AppConnectionStringKey] is { Length: > 0 } explicitConnection
            ? explicitConnection
            : new NpgsqlConnectionStringBuilder(OwnerConnectionString(configuration))
            {
                Username = AppRole,
                Password = AppPassword(configuration),
            }.ConnectionString;

    public static string AppPassword(IConfiguration configuration) =>
        configuration[AppPasswordKey] is { Length: > 0 } password ? password : DevelopmentAppPassword;
}
