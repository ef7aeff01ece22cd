using Algoritma.GraphQL.Server.Errors;
using Algoritma.GraphQL.Server.Limits;
using Algoritma.GraphQL.Server.RateLimiting;
using Algoritma.GraphQL.Server.Transport;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.GraphQL.Server.Tests.RateLimiting;

public sealed class RateLimitRulesTests
{
    private readonly RecordingLimiter _limiter = new();

    [Fact]
    public async Task Every_alias_of_a_rate_limited_field_is_one_occurrence()
    {
        var result = await ExecuteAsync("""{ a: lookup(code: "1") b: lookup(code: "2") c: lookup(code: "3") hello }""");

        Assert.Null(result.Errors);
        Assert.Equal([("lookup", 3)], _limiter.Fields);
    }

    [Fact]
    public async Task A_fragment_counts_once_per_spread_and_nested_fields_count_too()
    {
        var result = await ExecuteAsync("""
            { ...L ...L ... on Query { ...L } item { lookup(code: "n") } }
            fragment L on Query { a: lookup(code: "1") b: lookup(code: "2") }
            """);

        Assert.Null(result.Errors);
        Assert.Equal([("lookup", 7)], _limiter.Fields);
    }

    [Fact]
    public async Task Counting_a_fragment_bomb_does_not_expand_it()
    {
        // 2^30 occurrences once expanded; counted from each fragment's remembered count
        var fragments = string.Join(' ', Enumerable.Range(0, 30).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}"));
        var query = $$"""{ ...F0 } {{fragments}} fragment F30 on Query { lookup(code: "x") }""";

        _limiter.Refuse = new RateLimitRefusal(TimeSpan.FromMinutes(1), "Too many lookups."); // so that it never executes

        var result = await ExecuteAsync(query, onlyRateLimits: true);

        Assert.Equal([("lookup", 1 << 30)], _limiter.Fields);
        Assert.False(result.Executed);
    }

    [Fact]
    public async Task Only_the_selected_operation_is_charged()
    {
        await ExecuteAsync("""query A { lookup(code: "1") } query B { hello }""", operationName: "B");

        Assert.Empty(_limiter.Fields);
    }

    [Fact]
    public async Task A_refused_field_charge_is_RATE_LIMITED_with_Retry_After_and_nothing_executes()
    {
        _limiter.Refuse = new RateLimitRefusal(TimeSpan.FromSeconds(12.2), "Too many lookups.");
        var http = new DefaultHttpContext();

        var result = await ExecuteAsync("""{ lookup(code: "1") }""", http);

        var error = Assert.Single(result.Errors!);
        Assert.Equal(ErrorCodes.RateLimited, error.Code);
        Assert.Equal(ErrorCodes.RateLimited, CodedErrorInfoProvider.CodeOf(error));
        Assert.Equal("Too many lookups.", error.Message);
        Assert.False(result.Executed);
        Assert.Equal("13", http.Response.Headers.RetryAfter.ToString());
    }

    [Fact]
    public async Task The_operations_complexity_is_charged_as_its_cost()
    {
        var result = await ExecuteAsync("{ hello item { name } }");

        Assert.Null(result.Errors);
        Assert.Equal([3], _limiter.Costs);
    }

    [Fact]
    public async Task A_refused_cost_charge_is_RATE_LIMITED()
    {
        _limiter.Refuse = new RateLimitRefusal(TimeSpan.FromMinutes(1), "Budget spent.");

        var result = await ExecuteAsync("{ hello }");

        Assert.Equal(ErrorCodes.RateLimited, Assert.Single(result.Errors!).Code);
        Assert.False(result.Executed);
    }

    [Fact]
    public async Task A_query_over_the_complexity_limit_is_not_charged()
    {
        var result = await ExecuteAsync("{ hello item { name } }", limits: new GraphQLServerOptions { MaxComplexity = 2 });

        Assert.Equal(ErrorCodes.MaxComplexityExceeded, Assert.Single(result.Errors!).Code);
        Assert.Empty(_limiter.Costs);
    }

    private async Task<ExecutionResult> ExecuteAsync(
        string query, HttpContext? http = null, string? operationName = null, GraphQLServerOptions? limits = null, bool onlyRateLimits = false)
    {
        var complexity = new ComplexityOptions();
        DepthAndComplexityLimits.Configure(complexity, limits ?? new GraphQLServerOptions());
        CostRateLimit.Configure(complexity);
        return await new DocumentExecuter().ExecuteAsync(new ExecutionOptions
        {
            Schema = TestSchema.Instance,
            Query = query,
            OperationName = operationName,
            // the core rules and the complexity analyzer expand fragments; a fragment bomb is checked by the field rule alone
            ValidationRules = onlyRateLimits
                ? [new FieldRateLimitRule()]
                : DocumentValidator.CoreRules.Append(new ComplexityValidationRule(complexity)).Append(new FieldRateLimitRule()),
            RequestServices = new ServiceCollection().AddSingleton<IGraphQLRateLimiter>(_limiter).BuildServiceProvider(),
            UserContext = new GraphQLUserContext(http ?? new DefaultHttpContext()),
        });
    }

    private sealed class RecordingLimiter : IGraphQLRateLimiter
    {
        public List<int> Costs { get; } = [];

        public List<(string, int)> Fields { get; } = [];

        public RateLimitRefusal? Refuse { get; set; }

        public ValueTask<RateLimitRefusal?> ChargeCostAsync(HttpContext context, int cost)
        {
            Costs.Add(cost);
            return ValueTask.FromResult(Refuse);
        }

        public ValueTask<RateLimitRefusal?> ChargeFieldsAsync(HttpContext context, string policy, int occurrences)
        {
            Fields.Add((policy, occurrences));
            return ValueTask.FromResult(Refuse);
        }
    }

    private static class TestSchema
    {
        public static readonly ISchema Instance = Create();

        private static global::GraphQL.Types.Schema Create()
        {
            var item = new ObjectGraphType { Name = "Item" };
            item.Field<StringGraphType>("name").Resolve(_ => "item");
            item.Field<StringGraphType>("lookup").Argument<NonNullGraphType<StringGraphType>>("code").RateLimited("lookup").Resolve(_ => "nested");
            var query = new ObjectGraphType { Name = "Query" };
            query.Field<StringGraphType>("hello").Resolve(_ => "world");
            query.Field<StringGraphType>("lookup").Argument<NonNullGraphType<StringGraphType>>("code").RateLimited("lookup").Resolve(_ => null);
            query.Field("item", item).Resolve(_ => new object());
            return new global::GraphQL.Types.Schema { Query = query };
        }
    }
}
