using Algoritma.Benchmarks.Infrastructure;
using Algoritma.GraphQL.Server.DataLoader;
using Algoritma.MultiTenancy;
using Algoritma.Platform.Features.Regions;
using Algoritma.Platform.Features.Shared.OfficialRegions;
using Algoritma.Platform.Persistence;
using BenchmarkDotNet.Attributes;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.Benchmarks.DataLoader;

/// <summary>
/// The platform's <c>RegionByCodeLoader</c> (Features/Regions/GraphQL/RegionLoaders.cs) against PostgreSQL, as a
/// request uses it: a fresh request scope (loader and DbContext) within Samarinda, N kelurahan codes loaded in one
/// batch (one query) or one by one (N queries, the N+1 the loader exists to avoid).
/// </summary>
[MemoryDiagnoser]
public class RegionLoaderBenchmarks
{
    private const string LoaderTypeName = "Algoritma.Platform.Features.Regions.GraphQL.RegionByCodeLoader";

    private BenchmarkDatabase _database = null!;
    private PlatformHost _host = null!;
    private TenantInfo _tenant = null!;
    private Type _loaderType = null!;
    private string[] _codes = null!;

    [Params(10, 59)]
    public int Keys { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _database = await BenchmarkDatabase.CreateAsync();
        _host = PlatformHost.Create(_database.ConnectionString);
        await _host.MigrateAndApplyTenantsAsync();
        // the loader is internal to the platform; its public base class is what resolvers call
        _loaderType = typeof(RegionUnit).Assembly.GetType(LoaderTypeName, throwOnError: true)!;
        await using var scope = _host.Services.CreateAsyncScope();
        var tenants = scope.ServiceProvider.GetRequiredService<TenantScopes>();
        _tenant = await tenants.FindEnabledAsync(UsageSeed.Tenant);
        using (tenants.BeginScope(_tenant))
        {
            _codes = await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().RegionUnits
                .Where(u => u.Kind != RegionKind.Kecamatan).OrderBy(u => u.Code).Select(u => u.Code).Take(Keys).ToArrayAsync();
        }

        if (_codes.Length != Keys || await Batched() != Keys)
        {
            throw new InvalidOperationException($"Samarinda should have at least {Keys} kelurahan; it has {_codes.Length}.");
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Benchmark]
    public async Task<int> Batched()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        using (scope.ServiceProvider.GetRequiredService<CurrentTenant>().BeginScope(_tenant))
        {
            var loader = Loader(scope.ServiceProvider);
            var results = new IDataLoaderResult<RegionUnit?>[_codes.Length];
            for (var i = 0; i < _codes.Length; i++)
            {
                results[i] = loader.Load(_codes[i]);
            }

            var found = 0;
            foreach (var result in results)
            {
                found += await result.GetResultAsync() is null ? 0 : 1;
            }

            return found;
        }
    }

    [Benchmark]
    public async Task<int> OneByOne()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        using (scope.ServiceProvider.GetRequiredService<CurrentTenant>().BeginScope(_tenant))
        {
            var loader = Loader(scope.ServiceProvider);
            var found = 0;
            foreach (var code in _codes)
            {
                found += await loader.Load(code).GetResultAsync() is null ? 0 : 1;
            }

            return found;
        }
    }

    private BatchLoader<string, RegionUnit> Loader(IServiceProvider services) =>
        (BatchLoader<string, RegionUnit>)services.GetRequiredService(_loaderType);
}
