using Algoritma.Platform.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.Platform.Features.PlatformInfo.GraphQL;

/// <summary><c>platform { version databaseTime schemaVersion }</c></summary>
internal sealed class PlatformQuery() : QueryField<NonNullGraphType<PlatformInfoType>>(
    "platform", "The running platform and its database.",
    field => field
        .ResolveAsync(async context => await PlatformInfo.ReadAsync(
            context.RequestServices!.GetRequiredService<PlatformDbContext>(), context.CancellationToken)));
