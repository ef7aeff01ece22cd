using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.IntegrationTests.Infrastructure;

/// <summary>Runs the async projections the way the API's daemon does, until they have caught up.</summary>
public static class ProjectionDaemon
{
    public static async Task CatchUpAsync(this ApiFactory api)
    {
        var store = api.Services.GetRequiredService<IDocumentStore>();
        using var daemon = await store.BuildProjectionDaemonAsync();
        await daemon.CatchUpAsync(TimeSpan.FromSeconds(60), CancellationToken.None);
    }

    public static async Task RebuildAsync(this ApiFactory api, string projection)
    {
        var store = api.Services.GetRequiredService<IDocumentStore>();
        using var daemon = await store.BuildProjectionDaemonAsync();
        await daemon.RebuildProjectionAsync(projection, TimeSpan.FromMinutes(2), CancellationToken.None);
    }
}
