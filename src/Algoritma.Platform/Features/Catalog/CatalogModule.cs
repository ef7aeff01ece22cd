using Algoritma.GraphQL.Server.Relay;
using Algoritma.Platform.Features.Catalog.GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.Platform.Features.Catalog;

public static class CatalogModule
{
    /// <summary>The catalog's administration and cache, its loaders, its query and mutation fields, and node(id:) for services.</summary>
    public static IServiceCollection AddCatalog(this IServiceCollection services)
    {
        services.AddScoped<CatalogAdministration>();
        services.AddScoped<TenantServices>();
        services.AddScoped<StandardLoader>();
        services.AddScoped<StandardVersionsLoader>();
        services.AddScoped<ServiceByCodeLoader>();
        services.AddRootFields<ServiceTemplatesQuery>();
        services.AddRootFields<ServicesQuery>();
        services.AddRootFields<ServiceQuery>();
        services.AddRootFields<CloneServiceTemplateMutation>();
        services.AddRootFields<PublishServiceStandardMutation>();
        services.AddRootFields<OfferServiceMutation>();
        services.AddSingleton<INodeResolver, ServiceNodeResolver>();
        return services;
    }
}
