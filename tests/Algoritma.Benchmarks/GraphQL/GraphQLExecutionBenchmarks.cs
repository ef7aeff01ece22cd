using System.Text.Json;
using Algoritma.Benchmarks.Infrastructure;
using BenchmarkDotNet.Attributes;
using GraphQL;

namespace Algoritma.Benchmarks.GraphQL;

/// <summary>
/// The whole in-process request against PostgreSQL: tenant lookup, parse, validate, execute (EF Core, Marten and
/// the adoption projection's tables, through the real stores) and the JSON response. The setup builds a fresh
/// database: migrations, tenants-config/, a simulated year of Samarinda and a catch-up of the projections.
/// </summary>
[MemoryDiagnoser]
public class GraphQLExecutionBenchmarks
{
    private BenchmarkDatabase _database = null!;
    private PlatformHost _host = null!;
    private InProcessGraphQL _graphQL = null!;
    private Inputs _catalogVariables = null!;
    private Inputs _adoptionVariables = null!;
    private readonly System.Security.Claims.ClaimsPrincipal _programManager = Callers.ProgramManager(UsageSeed.Tenant);

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _database = await BenchmarkDatabase.CreateAsync();
        _host = PlatformHost.Create(_database.ConnectionString);
        await _host.MigrateAndApplyTenantsAsync();
        var simulated = await _host.SimulateYearAsync();
        Console.WriteLine($"// seeded {_database.Name}: {simulated.Requests} requests, {simulated.Events} events in {simulated.Elapsed.TotalSeconds:F1}s");
        _graphQL = new InProcessGraphQL(_host.Services);
        _catalogVariables = _graphQL.Variables(BenchmarkOperations.KelurahanCatalogVariables);
        _adoptionVariables = _graphQL.Variables(BenchmarkOperations.CityAdoptionByWeekVariables);
        await ExpectAsync(KelurahanCatalog, "services", data => data.GetProperty("nodes").GetArrayLength());
        await ExpectAsync(CityAdoptionByWeek, "adoption", data => data.GetArrayLength());
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Benchmark]
    public Task<ExecutionResult> KelurahanCatalog() => KelurahanCatalog(Stream.Null);

    [Benchmark]
    public Task<ExecutionResult> CityAdoptionByWeek() => CityAdoptionByWeek(Stream.Null);

    private Task<ExecutionResult> KelurahanCatalog(Stream output) => _graphQL.ExecuteAsync(
        UsageSeed.Tenant, BenchmarkOperations.KelurahanCatalog, _catalogVariables, Callers.Anonymous, output);

    private Task<ExecutionResult> CityAdoptionByWeek(Stream output) => _graphQL.ExecuteAsync(
        UsageSeed.Tenant, BenchmarkOperations.CityAdoptionByWeek, _adoptionVariables, _programManager, output);

    /// <summary>A benchmark that measured an error response would measure nothing worth knowing: check the answer first.</summary>
    private static async Task ExpectAsync(Func<Stream, Task<ExecutionResult>> run, string field, Func<JsonElement, int> count)
    {
        using var output = new MemoryStream();
        var result = await run(output);
        using var json = JsonDocument.Parse(output.ToArray());
        if (result.Errors is { Count: > 0 } || !json.RootElement.TryGetProperty("data", out var data)
            || data.ValueKind != JsonValueKind.Object || count(data.GetProperty(field)) == 0)
        {
            throw new InvalidOperationException($"'{field}' did not answer with data: {json.RootElement}");
        }

        Console.WriteLine($"// {field}: {count(data.GetProperty(field))} items, {output.Length} bytes of JSON");
    }
}
