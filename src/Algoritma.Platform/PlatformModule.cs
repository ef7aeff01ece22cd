using Algoritma.GraphQL.Server;
using Algoritma.GraphQL.Server.Relay;
using Algoritma.GraphQL.Server.Schema;
using Algoritma.MultiTenancy;
using Algoritma.Platform.Features.Catalog;
using Algoritma.Platform.Features.Catalog.GraphQL;
using Algoritma.Platform.Features.Identity;
using Algoritma.Platform.Features.Requests;
using Algoritma.Platform.Features.Requests.GraphQL;
using Algoritma.Platform.Features.Audit;
using Algoritma.Platform.Features.Identity.Citizens;
using Algoritma.Platform.Features.Identity.Clients;
using Algoritma.Platform.Features.Identity.Configuration;
using Algoritma.Platform.Features.Identity.GraphQL;
using Algoritma.Platform.Features.Identity.Users;
using Algoritma.Platform.Features.PlatformInfo;
using Algoritma.Platform.Features.Regions;
using Algoritma.Platform.Features.Regions.GraphQL;
using Algoritma.Platform.Features.Tenants;
using Algoritma.Platform.Features.Tenants.GraphQL;
using Algoritma.Platform.Features.Tenants.Onboarding;
using Algoritma.Platform.Persistence;
using GraphQL;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Algoritma.Platform;

public static class PlatformModule
{
    /// <summary>Everything the platform needs, for the web host and the CLI alike.</summary>
    public static IServiceCollection AddAlgoritmaPlatform(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var graphQLOptions = new GraphQLServerOptions();
        configuration.GetSection("GraphQL").Bind(graphQLOptions);
        graphQLOptions.ExposeExceptionDetails = environment.IsDevelopment();

        services.AddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        services.AddMultiTenancy(configuration.GetSection("Tenancy:PlatformHosts").Get<string[]>() ?? ["localhost"]);
        services.AddPersistence(configuration);
        services.AddPlatformIdentity(environment);
        services.AddScoped<IdentityConfigApplier>();
        services.AddSingleton<IdentityConfigValidator>();
        services.AddIdentityAdministration();
        services.AddTenants();
        services.AddRegions();
        services.AddCatalog();
        services.AddRequests();
        services.AddSingleton<IQueryFields, PlatformQuery>();
        services.AddGraphQLServer(graphQLOptions, graphql => graphql.AddGraphTypes(typeof(PlatformModule).Assembly));
        return services;
    }

    private static IServiceCollection AddIdentityAdministration(this IServiceCollection services)
    {
        services.AddScoped<AuditTrail>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<ClientAdministration>();
        services.AddScoped<CitizenRegistration>();
        services.AddScoped<CitizenKeys>();
        services.AddSingleton<CitizenFields>();
        services.AddSingleton<IQueryFields>(provider => provider.GetRequiredService<CitizenFields>());
        services.AddSingleton<IMutationFields>(provider => provider.GetRequiredService<CitizenFields>());
        services.AddScoped<RolesByUserLoader>();
        services.AddSingleton<IQueryFields, MeQuery>();
        services.AddSingleton<IQueryFields, AuditQuery>();
        services.AddSingleton<UserAdministrationFields>();
        services.AddSingleton<IQueryFields>(provider => provider.GetRequiredService<UserAdministrationFields>());
        services.AddSingleton<IMutationFields>(provider => provider.GetRequiredService<UserAdministrationFields>());
        services.AddSingleton<ClientAdministrationFields>();
        services.AddSingleton<IQueryFields>(provider => provider.GetRequiredService<ClientAdministrationFields>());
        services.AddSingleton<IMutationFields>(provider => provider.GetRequiredService<ClientAdministrationFields>());
        return services;
    }

    private static IServiceCollection AddTenants(this IServiceCollection services)
    {
        services.AddSingleton<TenantCache>();
        services.AddScoped<ITenantStore, TenantStore>();
        services.AddScoped<TenantDefinitionValidator>();
        services.AddScoped<TenantOnboarding>();
        services.AddScoped<TenantsConfigApplier>();
        services.AddSingleton<IQueryFields, TenantQueries>();
        services.AddSingleton<IMutationFields, OnboardTenantMutation>();
        services.AddSingleton<INodeResolver, TenantNodeResolver>();
        return services;
    }

    private static IServiceCollection AddCatalog(this IServiceCollection services)
    {
        services.AddScoped<CatalogAdministration>();
        services.AddScoped<StandardLoader>();
        services.AddScoped<ServiceByCodeLoader>();
        services.AddSingleton<CatalogFields>();
        services.AddSingleton<IQueryFields>(provider => provider.GetRequiredService<CatalogFields>());
        services.AddSingleton<IMutationFields>(provider => provider.GetRequiredService<CatalogFields>());
        return services;
    }

    private static IServiceCollection AddRequests(this IServiceCollection services)
    {
        services.AddScoped<ServiceRequestHandler>();
        services.AddSingleton<RequestFields>();
        services.AddSingleton<IQueryFields>(provider => provider.GetRequiredService<RequestFields>());
        services.AddSingleton<IMutationFields>(provider => provider.GetRequiredService<RequestFields>());
        services.AddSingleton<INodeResolver, RequestNodeResolver>();
        services.AddSingleton<IQueryFields, Features.Satisfaction.SatisfactionQuery>();
        return services;
    }

    private static IServiceCollection AddRegions(this IServiceCollection services)
    {
        services.AddScoped<OfficialRegionImport>();
        services.AddScoped<VillagesByKecamatanLoader>();
        services.AddScoped<RegionByCodeLoader>();
        services.AddSingleton<IQueryFields, RegionQueries>();
        services.AddSingleton<IMutationFields, UpdateRegionDetailsMutation>();
        services.AddSingleton<INodeResolver>(new RegionNodeResolver(RegionIds.KecamatanType));
        services.AddSingleton<INodeResolver>(new RegionNodeResolver(RegionIds.VillageType));
        return services;
    }
}
