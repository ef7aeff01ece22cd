using System.Net.Sockets;
using Npgsql;

namespace Algoritma.Platform.Persistence;

/// <summary>
/// The failures that mean PostgreSQL was briefly out of reach rather than that the platform is wrong: the server at
/// its connection limit or starting up, no connection free or made in time (a cold process under a burst met Npgsql's
/// connect timeout), a statement timed out, or the server not listening. The GraphQL endpoint answers them
/// <c>UNAVAILABLE</c> with <c>Retry-After</c>.
/// </summary>
internal static class DatabaseOutOfReach
{
    public static bool Is(Exception exception) => exception switch
    {
        PostgresException postgres => postgres.SqlState is PostgresErrorCodes.TooManyConnections or PostgresErrorCodes.CannotConnectNow,
        NpgsqlException { InnerException: TimeoutException or SocketException } => true,
        _ => false,
    };
}
