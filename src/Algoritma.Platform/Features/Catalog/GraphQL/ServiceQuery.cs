using Algoritma.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Algoritma.Platform.Features.Catalog.GraphQL;

/// <summary><c>service(code)</c>: one of the tenant's services.</summary>
internal sealed class ServiceQuery() : QueryField<ServiceType>(
    "service", null,
    field => field.Argument<NonNullGraphType<StringGraphType>>("code")
        .ResolveAsync(async context =>
        {
            context.RequireTenant();
            var code = InputBounds.Argument("code", context.GetArgument<string>("code"), InputBounds.Code);
            return await context.Service<PlatformDbContext>().Services.AsNoTracking().FirstOrDefaultAsync(s => s.Code == code, context.CancellationToken);
        }));
