using Algoritma.Benchmarks.Infrastructure;
using BenchmarkDotNet.Attributes;
using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Algoritma.Benchmarks.GraphQL;

/// <summary>
/// Parsing, and parsing plus validation with every rule the API's executer applies (the GraphQL spec's rules,
/// complexity and depth limits, field authorization). Needs no database: nothing is resolved.
/// </summary>
[MemoryDiagnoser]
public class GraphQLDocumentBenchmarks
{
    private PlatformHost _host = null!;
    private InProcessGraphQL _graphQL = null!;
    private string _query = null!;
    private Inputs _variables = null!;
    private System.Security.Claims.ClaimsPrincipal _user = null!;

    public enum Document
    {
        KelurahanCatalog,
        CityAdoptionByWeek,
    }

    [ParamsAllValues]
    public Document Operation { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _host = PlatformHost.Create();
        _graphQL = new InProcessGraphQL(_host.Services);
        (_query, _variables, _user) = Operation switch
        {
            Document.KelurahanCatalog => (BenchmarkOperations.KelurahanCatalog,
                _graphQL.Variables(BenchmarkOperations.KelurahanCatalogVariables), Callers.Anonymous),
            _ => (BenchmarkOperations.CityAdoptionByWeek,
                _graphQL.Variables(BenchmarkOperations.CityAdoptionByWeekVariables), Callers.ProgramManager(UsageSeed.Tenant)),
        };
        Console.WriteLine($"// validation rules: {string.Join(", ", _graphQL.ValidationRules.Select(r => r.GetType().Name))}");
        var validation = await ParseAndValidate();
        if (!validation.IsValid)
        {
            throw new InvalidOperationException($"{Operation} does not validate: {string.Join("; ", validation.Errors.Select(e => e.Message))}");
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _host.DisposeAsync();

    [Benchmark]
    public GraphQLDocument Parse() => InProcessGraphQL.Parse(_query);

    [Benchmark]
    public Task<IValidationResult> ParseAndValidate() => _graphQL.ParseAndValidateAsync(_query, _variables, _user);
}
