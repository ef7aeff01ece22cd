using Algoritma.Platform.Features.PlatformInfo.GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.Platform.Features.PlatformInfo;

public static class PlatformInfoModule
{
    /// <summary><c>platform</c>: the running version and its database.</summary>
    public static IServiceCollection AddPlatformInfo(this IServiceCollection services) => services.AddRootFields<PlatformQuery>();
}
