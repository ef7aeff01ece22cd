using Algoritma.GraphQL.Server.Schema;
using Algoritma.Platform.Persistence;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.Platform.Features.PlatformInfo.GraphQL;

/// <summary><c>platform { version databaseTime schemaVersion }</c></summary>
internal sealed class PlatformQuery : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<PlatformInfoType>>("platform")
            .Description("The running platform and its database.")
            .ResolveAsync(async context => await PlatformInfo.ReadAsync(
                context.RequestServices!.GetRequiredService<PlatformDbContext>(), context.CancellationToken));
}
