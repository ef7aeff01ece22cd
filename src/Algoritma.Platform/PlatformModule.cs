using Algoritma.Platform.Features.Adoption;
using Algoritma.Platform.Features.Adoption.GraphQL;
using Algoritma.Platform.Features.Adoption.Reading;
using Algoritma.GraphQL.Server;
using Algoritma.GraphQL.Server.PersistedDocuments;
using Algoritma.GraphQL.Server.Relay;
using Algoritma.GraphQL.Server.Schema;
using Algoritma.MultiTenancy;
using Algoritma.Platform.Features.Campaigns;
using Algoritma.Platform.Features.Catalog;
using Algoritma.Platform.Features.Cors;
using Algoritma.Platform.Features.Catalog.GraphQL;
using Algoritma.Platform.Features.Identity;
using Algoritma.Platform.Features.Requests;
using Algoritma.Platform.Features.Requests.Sla;
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
using Algoritma.Platform.Features.Tenants.Configuration;
using Algoritma.Platform.Features.Tenants.GraphQL;
using Algoritma.Platform.Features.Tenants.Onboarding;
using Algoritma.Platform.GraphQL;
using Algoritma.Platform.Persistence;
using Algoritma.Platform.RateLimiting;
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
        graphQLOptions.AllowIntrospection |= environment.IsDevelopment();
        graphQLOptions.AllowIntrospectionFor = Roles.IsStaff;
        graphQLOptions.TrustedDocumentsPath ??= TrustedDocumentsFile.InCheckout();
        graphQLOptions.VaryHeaders.Add("X-Tenant");

        services.AddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        services.AddMultiTenancy(configuration.GetSection("Tenancy:PlatformHosts").Get<string[]>() ?? ["localhost"]);
        services.AddPersistence(configuration);
        services.AddPlatformIdentity(environment);
        services.AddPlatformRateLimiting(configuration);
        services.AddScoped<IdentityConfigApplier>();
        services.AddSingleton<IdentityConfigValidator>();
        services.AddIdentityAdministration();
        services.AddTenants(configuration);
        services.AddRegions();
        services.AddCatalog();
        services.AddRequests();
        services.AddSatisfactionAndAdoption();
        services.AddCampaigns();
        services.AddPlatformCors();
        services.AddRootFields<PlatformQuery>();
        services.AddSingleton<IDocumentPolicy, TenantDocumentPolicy>();
        services.AddGraphQLServer(graphQLOptions, graphql => graphql.AddGraphTypes(typeof(PlatformModule).Assembly).AddSchemaVisitor<PlatformDescriptions>());
        services.AddGraphQLSubscriptions(configuration);
        return services;
    }

    private static IServiceCollection AddIdentityAdministration(this IServiceCollection services)
    {
        services.AddScoped<AuditTrail>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<ClientAdministration>();
        services.AddScoped<CitizenRegistration>();
        services.AddScoped<CitizenKeys>();
        services.AddRootFields<CitizenFields>();
        services.AddScoped<RolesByUserLoader>();
        services.AddRootFields<MeQuery>();
        services.AddRootFields<AuditQuery>();
        services.AddSingleton<INodeResolver, AuditEntryNodeResolver>();
        services.AddRootFields<UserAdministrationFields>();
        services.AddRootFields<ClientAdministrationFields>();
        services.AddSingleton<INodeResolver, ClientNodeResolver>();
        return services;
    }

    private static IServiceCollection AddTenants(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<TenantCache>();
        services.AddSingleton(_ => PlatformSettingsFile.ForRunningApi(configuration));
        services.AddScoped<ITenantStore, TenantStore>();
        services.AddScoped<TenantDefinitionValidator>();
        services.AddScoped<TenantOnboarding>();
        services.AddScoped<TenantsConfigApplier>();
        services.AddRootFields<TenantQueries>();
        services.AddRootFields<OnboardTenantMutation>();
        services.AddSingleton<INodeResolver, TenantNodeResolver>();
        return services;
    }

    private static IServiceCollection AddCatalog(this IServiceCollection services)
    {
        services.AddScoped<CatalogAdministration>();
        services.AddScoped<StandardLoader>();
        services.AddScoped<ServiceByCodeLoader>();
        services.AddRootFields<CatalogFields>();
        services.AddSingleton<INodeResolver, ServiceNodeResolver>();
        return services;
    }

    private static IServiceCollection AddSatisfactionAndAdoption(this IServiceCollection services)
    {
        services.AddRootFields<Features.Satisfaction.SatisfactionQuery>();
        services.AddSingleton(provider => new AdoptionDatabase(DatabaseSettings.AppConnectionString(provider.GetRequiredService<IConfiguration>())));
        services.AddSingleton<AdoptionSeries>();
        services.AddSingleton<CitizenCohorts>();
        services.AddSingleton<UnitRanking>();
        services.AddSingleton<WeekdaySubmissionsReader>();
        services.AddScoped<IUnitDayUsageSource, UnitDayUsageReader>();
        services.AddRootFields<AdoptionFields>();
        return services;
    }

    private static IServiceCollection AddRegions(this IServiceCollection services)
    {
        services.AddScoped<OfficialRegionImport>();
        services.AddScoped<TenantUnits>();
        services.AddScoped<TenantCalendars>();
        services.AddScoped<TenantServices>();
        services.AddScoped<VillagesByKecamatanLoader>();
        services.AddScoped<RegionByCodeLoader>();
        services.AddRootFields<RegionQueries>();
        services.AddRootFields<UpdateRegionDetailsMutation>();
        services.AddSingleton<INodeResolver>(new RegionNodeResolver(RegionIds.KecamatanType));
        services.AddSingleton<INodeResolver>(new RegionNodeResolver(RegionIds.VillageType));
        return services;
    }
}
