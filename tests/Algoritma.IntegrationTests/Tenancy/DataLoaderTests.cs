using System.Diagnostics;
using Algoritma.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.IntegrationTests.Tenancy;

[Collection(ApiCollection.Name)]
public sealed class DataLoaderTests(ApiFactory api)
{
    [Theory]
    [InlineData("samarinda")]
    [InlineData("ponorogo")]
    public async Task Listing_every_kecamatan_with_its_villages_comes_from_the_tenant_cache_without_a_query(string tenant)
    {
        const string query = "{ kecamatans(first: 100) { totalCount nodes { code villages(first: 100) { totalCount nodes { code kecamatan { code } } } } } }";
        using var counter = await SqlCommandCounter.ListenAsync(api);
        await api.Tenant(tenant).PostAsync(query); // warms the tenant cache, so only the query's own SQL is counted
        counter.Reset();

        var response = await api.Tenant(tenant).PostAsync(query);

        Assert.Empty(response.Errors);
        var kecamatans = response.Data.GetProperty("kecamatans");
        Assert.True(kecamatans.GetProperty("totalCount").GetInt32() > 0);
        Assert.All(kecamatans.GetProperty("nodes").EnumerateArray(), k => Assert.All(
            k.GetProperty("villages").GetProperty("nodes").EnumerateArray(),
            v => Assert.Equal(k.GetProperty("code").GetString(), v.GetProperty("kecamatan").GetProperty("code").GetString())));
        Assert.Equal(0, counter.Count);
    }

    [Fact]
    public async Task A_units_catalog_page_with_its_standards_comes_from_the_tenant_cache_without_a_query()
    {
        const string query = """
            { services(unit: "64.72.01.1001", first: 20) { totalCount nodes { code standard { version requirements { code } } } } }
            """;
        using var counter = await SqlCommandCounter.ListenAsync(api);
        await api.Tenant("samarinda").PostAsync(query);
        counter.Reset();

        var response = await api.Tenant("samarinda").PostAsync(query);

        Assert.Empty(response.Errors);
        var services = response.Data.GetProperty("services");
        Assert.True(services.GetProperty("totalCount").GetInt32() > 0);
        Assert.All(services.GetProperty("nodes").EnumerateArray(),
            node => Assert.NotEmpty(node.GetProperty("standard").GetProperty("requirements").EnumerateArray()));
        Assert.Equal(0, counter.Count);
    }

    /// <summary>Counts the SQL commands EF Core runs against one database.</summary>
    private sealed class SqlCommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly string _database;
        private readonly List<IDisposable> _subscriptions = [];
        private int _count;

        private SqlCommandCounter(string database)
        {
            _database = database;
            _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
        }

        /// <summary>
        /// Starts counting once every context can report: after a command nobody listened to, EF Core skips building
        /// its events for the logging cache time, and a pooled context carries that into later requests.
        /// </summary>
        public static async Task<SqlCommandCounter> ListenAsync(ApiFactory api)
        {
            var counter = new SqlCommandCounter(api.Database.Name);
            var options = api.Services.GetRequiredService<DbContextOptions<PlatformDbContext>>();
            await Task.Delay(options.FindExtension<CoreOptionsExtension>()!.LoggingCacheTime);
            return counter;
        }

        public int Count => Volatile.Read(ref _count);

        public void Reset() => Interlocked.Exchange(ref _count, 0);

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name)
            {
                _subscriptions.Add(listener.Subscribe(this));
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuted.Name
                && value.Value is CommandExecutedEventData data
                && data.Command.Connection?.Database == _database
                && !data.Command.CommandText.StartsWith("SELECT set_config", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _count);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose() => _subscriptions.ForEach(s => s.Dispose());
    }
}
