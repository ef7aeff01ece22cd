using Microsoft.Extensions.Configuration;

namespace Algoritma.Platform.Persistence;

/// <summary>Where the platform's PostgreSQL is: the <c>ALGORITMA_DB</c> connection string.</summary>
public static class DatabaseSettings
{
    public const string ConnectionStringKey = "ALGORITMA_DB";

    public static string ConnectionString(IConfiguration configuration) =>
        configuration[ConnectionStringKey] is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{ConnectionStringKey} is not set: ./run.sh and ./test.sh set it, or export a PostgreSQL connection string.");
}
