using Algoritma.GraphQL.Server.Relay;
using Algoritma.Platform.Features.Audit.GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.Platform.Features.Audit;

public static class AuditModule
{
    /// <summary>The audit trail administrative changes are recorded in, <c>auditLog</c>, and node(id:) for its entries.</summary>
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.AddScoped<AuditTrail>();
        services.AddRootFields<AuditLogQuery>();
        services.AddSingleton<INodeResolver, AuditEntryNodeResolver>();
        return services;
    }
}
