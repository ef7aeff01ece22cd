using JasperFx.Events.Daemon;
using Npgsql;

namespace Algoritma.Platform.Persistence;

/// <summary>
/// Rebuilds shaped projections side by side: their tables are emptied first with one <c>TRUNCATE</c>, as the owner, then
/// the daemon replays their events. Marten's own teardown deletes the rows one by one (<c>DELETE FROM</c>): at ten
/// million events that left millions of dead rows in the tables and their keys, which every upsert of the replay then
/// stepped over (the rebuild took 661 s where a catch-up into truncated tables took 436 s).
/// </summary>
public static class ProjectionRebuilds
{
    public static async Task RebuildAsync(
        IReadOnlyCollection<IProjectionShape> shapes, IProjectionDaemon daemon, string ownerConnection, TimeSpan limit, CancellationToken cancellationToken)
    {
        var tables = shapes.SelectMany(shape => shape.Tables).ToList();
        if (tables.Count > 0)
        {
            await using var connection = new NpgsqlConnection(ownerConnection);
            await connection.OpenAsync(cancellationToken);
            await DatabaseRoles.ExecuteAsync(connection, $"TRUNCATE {string.Join(", ", tables)}", cancellationToken);
        }

        await Task.WhenAll(shapes.Select(shape => daemon.RebuildProjectionAsync(shape.ProjectionName, limit, cancellationToken)));
    }
}
