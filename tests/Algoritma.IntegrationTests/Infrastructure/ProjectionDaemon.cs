using Algoritma.Platform.Features.Adoption.Projection;
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

    /// <summary>Rebuilds both adoption projections side by side, as <c>projections rebuild</c> does.</summary>
    public static async Task RebuildAdoptionAsync(this ApiFactory api)
    {
        var store = api.Services.GetRequiredService<IDocumentStore>();
        using var daemon = await store.BuildProjectionDaemonAsync();
        await AdoptionProjections.RebuildAsync(daemon, api.Database.ConnectionString, TimeSpan.FromMinutes(2), CancellationToken.None);
    }
}
