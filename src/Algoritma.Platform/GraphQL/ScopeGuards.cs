using Algoritma.GraphQL.Server.Errors;
using Algoritma.MultiTenancy;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.Platform.GraphQL;

/// <summary>Which endpoint a field is served at: a tenant's (<c>/t/{tenant}/graphql</c>) or the platform's.</summary>
internal static class ScopeGuards
{
    public static TenantInfo RequireTenant(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<CurrentTenant>().Tenant
            ?? throw new CodedError(ErrorCodes.TenantRequired,
                $"'{context.FieldDefinition.Name}' is served within a tenant: use /t/{{tenant}}/graphql, a tenant host or the X-Tenant header.");

    public static void RequirePlatformScope(this IResolveFieldContext context)
    {
        if (context.RequestServices!.GetRequiredService<CurrentTenant>().Tenant is not null)
        {
            throw CodedError.Forbidden($"'{context.FieldDefinition.Name}' is served at the platform endpoint /graphql only.");
        }
    }

    public static T Service<T>(this IResolveFieldContext context) where T : notnull =>
        context.RequestServices!.GetRequiredService<T>();
}
