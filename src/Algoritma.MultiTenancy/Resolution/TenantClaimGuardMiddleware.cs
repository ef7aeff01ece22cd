using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Algoritma.MultiTenancy.Resolution;

/// <summary>
/// A caller whose token belongs to one tenant may not use another tenant's endpoints: 403 FORBIDDEN.
/// Tokens without a tenant claim (platform administrators) are not bound to a tenant.
/// </summary>
public sealed class TenantClaimGuardMiddleware(RequestDelegate next, CurrentTenant current, string claimType)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var tokenTenant = context.User.Identity?.IsAuthenticated == true ? context.User.FindFirst(claimType)?.Value : null;
        if (tokenTenant is not null && current.Id is not null && tokenTenant != current.Id)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            context.Response.ContentType = "application/json; charset=utf-8";
            await JsonSerializer.SerializeAsync(context.Response.Body, new
            {
                errors = new[]
                {
                    new { message = $"This token belongs to tenant '{tokenTenant}', not '{current.Id}'.", extensions = new { code = "FORBIDDEN", traceId = TraceIds.Current } },
                },
            }, cancellationToken: context.RequestAborted);
            return;
        }

        await next(context);
    }
}

public static class TenantClaimGuardExtensions
{
    public static IApplicationBuilder UseTenantClaimGuard(this IApplicationBuilder app, string claimType) =>
        app.UseMiddleware<TenantClaimGuardMiddleware>(claimType);
}
