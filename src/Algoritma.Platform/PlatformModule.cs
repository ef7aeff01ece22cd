using Algoritma.GraphQL.Server;
using Algoritma.GraphQL.Server.PersistedDocuments;
using Algoritma.MultiTenancy;
using Algoritma.Platform.Features.Adoption;
using Algoritma.Platform.Features.Audit;
using Algoritma.Platform.Features.Campaigns;
using Algoritma.Platform.Features.Catalog;
using Algoritma.Platform.Features.Cors;
using Algoritma.Platform.Features.Identity;
using Algoritma.Platform.Features.Onboarding;
using Algoritma.Platform.Features.PlatformInfo;
using Algoritma.Platform.Features.Regions;
using Algoritma.Platform.Features.Requests;
using Algoritma.Platform.Features.Satisfaction;
using Algoritma.Platform.Features.StaffConsole;
using Algoritma.Platform.Features.Tenants;
using Algoritma.Platform.Persistence;
using Algoritma.Platform.RateLimiting;
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
        graphQLOptions.IsUnavailable = DatabaseOutOfReach.Is;

        services.AddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        services.AddMultiTenancy(configuration.GetSection("Tenancy:PlatformHosts").Get<string[]>() ?? ["localhost"]);
        services.AddPersistence(configuration);

        // Each feature registers itself. The order of the calls is the order of the root fields in the schema
        // (schema/schema.graphql): Audit's auditLog sits between Identity's me and users.
        services.AddIdentity(environment);
        services.AddPlatformRateLimiting(configuration);
        services.AddAudit();
        services.AddIdentityAdministration();
        services.AddTenants(configuration);
        services.AddOnboarding();
        services.AddRegions();
        services.AddCatalog();
        services.AddRequests();
        services.AddSatisfaction();
        services.AddAdoption();
        services.AddCampaigns();
        services.AddPlatformCors();
        services.AddPlatformInfo();
        services.AddStaffConsole(configuration);

        services.AddSingleton<IDocumentPolicy, TenantDocumentPolicy>();
        services.AddGraphQLServer(graphQLOptions, graphql => graphql.AddGraphTypes(typeof(PlatformModule).Assembly).AddSchemaVisitor<PlatformDescriptions>());
        services.AddGraphQLSubscriptions(configuration);
        return services;
    }
}
