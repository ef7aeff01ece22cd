using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Algoritma.Api;

/// <summary>Tells the person who ran <c>./run.sh</c> where the platform answers.</summary>
internal static class ReadyBanner
{
    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            Console.WriteLine($"Algoritma Platform ready: GraphQL {address}/graphql  (tenant: {address}/t/{{tenant}}/graphql, staff console: {address}/t/{{tenant}}/console/, health: {address}/health/ready)");
        }
    }
}
