using System.Security.Claims;
using System.Text.Json;
using Algoritma.GraphQL.Server.Authorization;
using Algoritma.GraphQL.Server.Errors;
using Algoritma.GraphQL.Server.Relay;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.GraphQL.Server.Tests.Authorization;

public sealed class AuthorizationValidationRuleTests
{
    private static readonly string KecamatanId = GlobalId.Encode("Kecamatan", "31.71.01");
    private static readonly string VaultId = GlobalId.Encode("Vault", "v1");

    private readonly ServiceProvider _services = new ServiceCollection()
        .AddAuthorization(o => o.AddPolicy("Officer", p => p.RequireRole("officer")))
        .AddLogging()
        .AddSingleton<INodeResolver>(new TestNodeResolver("Kecamatan", key => new Kecamatan(key, "Gambir", "96.000")))
        .AddSingleton<INodeResolver>(new TestNodeResolver("Vault", key => new Vault(key)))
        .BuildServiceProvider();

    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());
    private static readonly ClaimsPrincipal Citizen = SignedIn("citizen");
    private static readonly ClaimsPrincipal Officer = SignedIn("officer");
    private static readonly ClaimsPrincipal CityAdmin = SignedIn("city_admin");

    [Fact]
    public async Task Public_field_is_answered_anonymously()
    {
        var (result, data) = await ExecuteAsync("{ hello }", Anonymous);

        Assert.Null(result.Errors);
        Assert.Equal("world", data!.Value.GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Anonymous_caller_is_refused_a_policy_field_with_UNAUTHENTICATED_and_nothing_executes()
    {
        var (result, data) = await ExecuteAsync("{ hello secret }", Anonymous);

        var error = Assert.Single(result.Errors!);
        Assert.Equal(ErrorCodes.Unauthenticated, error.Code);
        Assert.Equal(ErrorCodes.Unauthenticated, CodedErrorInfoProvider.CodeOf(error));
        Assert.Equal("You must sign in to use 'secret'.", error.Message);
        var location = Assert.Single(error.Locations!);
        Assert.Equal((1, 9), (location.Line, location.Column));
        Assert.False(result.Executed);
        Assert.Null(data);
    }

    [Fact]
    public async Task A_null_user_counts_as_anonymous()
    {
        var (result, data) = await ExecuteAsync("{ secret }", user: null);

        Assert.Equal(ErrorCodes.Unauthenticated, Assert.Single(result.Errors!).Code);
        Assert.Null(data);
    }

    [Fact]
    public async Task Signed_in_caller_without_the_role_is_FORBIDDEN()
    {
        var (result, data) = await ExecuteAsync("{ hello secret }", Citizen);

        var error = Assert.Single(result.Errors!);
        Assert.Equal(ErrorCodes.Forbidden, error.Code);
        Assert.Equal("Your account may not use 'secret'.", error.Message);
        Assert.False(result.Executed);
        Assert.Null(data);
    }

    [Fact]
    public async Task Caller_meeting_the_policy_gets_the_data()
    {
        var (result, data) = await ExecuteAsync("{ hello secret }", Officer);

        Assert.Null(result.Errors);
        Assert.Equal("classified", data!.Value.GetProperty("secret").GetString());
    }

    [Fact]
    public async Task Mutation_policy_is_enforced()
    {
        var (refused, refusedData) = await ExecuteAsync("mutation { launch }", Anonymous);
        var (allowed, data) = await ExecuteAsync("mutation { launch }", Officer);

        Assert.Equal(ErrorCodes.Unauthenticated, Assert.Single(refused.Errors!).Code);
        Assert.Null(refusedData);
        Assert.Null(allowed.Errors);
        Assert.Equal("launched", data!.Value.GetProperty("launch").GetString());
    }

    [Fact]
    public async Task Root_type_requirement_applies_to_its_fields_except_anonymous_ones()
    {
        var (refused, _) = await ExecuteAsync("mutation { launch, ping }", Citizen);
        var (allowed, data) = await ExecuteAsync("mutation { ping }", Anonymous);

        var error = Assert.Single(refused.Errors!);
        Assert.Equal("Your account may not use 'launch'.", error.Message);
        Assert.Null(allowed.Errors);
        Assert.Equal("pong", data!.Value.GetProperty("ping").GetString());
    }

    [Fact]
    public async Task Protected_field_reached_only_through_a_named_fragment_is_refused()
    {
        var (result, data) = await ExecuteAsync("query { hello ...Secrets } fragment Secrets on Query { secret }", Anonymous);

        Assert.Equal(ErrorCodes.Unauthenticated, Assert.Single(result.Errors!).Code);
        Assert.Null(data);
    }

    [Fact]
    public async Task Protected_field_of_a_concrete_type_in_an_inline_fragment_on_the_interface_is_refused()
    {
        var query = $$"""{ node(id: "{{KecamatanId}}") { id ... on Kecamatan { name census } } }""";

        var (refused, refusedData) = await ExecuteAsync(query, Citizen);
        var (allowed, data) = await ExecuteAsync(query, Officer);

        var error = Assert.Single(refused.Errors!);
        Assert.Equal("Your account may not use 'census'.", error.Message);
        Assert.Null(refusedData);
        Assert.Null(allowed.Errors);
        Assert.Equal("96.000", data!.Value.GetProperty("node").GetProperty("census").GetString());
    }

    [Fact]
    public async Task Protected_field_in_a_named_fragment_on_the_concrete_type_under_node_is_refused()
    {
        var query = $$"""
            query { node(id: "{{KecamatanId}}") { ...Detail } }
            fragment Detail on Kecamatan { name ...Numbers }
            fragment Numbers on Kecamatan { census }
            """;

        var (result, data) = await ExecuteAsync(query, Anonymous);

        var error = Assert.Single(result.Errors!);
        Assert.Equal(ErrorCodes.Unauthenticated, error.Code);
        Assert.Equal((3, 33), (error.Locations![0].Line, error.Locations[0].Column));
        Assert.Null(data);
    }

    [Fact]
    public async Task Public_fields_of_a_node_are_answered_anonymously()
    {
        var (result, data) = await ExecuteAsync(
            $$"""{ node(id: "{{KecamatanId}}") { id ... on Kecamatan { name } } }""", Anonymous);

        Assert.Null(result.Errors);
        Assert.Equal("Gambir", data!.Value.GetProperty("node").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Node_of_a_type_the_caller_may_not_see_resolves_to_null()
    {
        var query = $$"""{ node(id: "{{VaultId}}") { id } }""";

        var (hidden, hiddenData) = await ExecuteAsync(query, Officer);
        var (shown, data) = await ExecuteAsync(query, CityAdmin);

        Assert.Null(hidden.Errors);
        Assert.Equal(JsonValueKind.Null, hiddenData!.Value.GetProperty("node").ValueKind);
        Assert.Null(shown.Errors);
        Assert.Equal(VaultId, data!.Value.GetProperty("node").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Protected_field_in_an_unused_operation_does_not_block_the_executed_one()
    {
        const string document = "query Public { hello } query Private { secret }";

        var (allowed, data) = await ExecuteAsync(document, Anonymous, operationName: "Public");
        var (refused, _) = await ExecuteAsync(document, Anonymous, operationName: "Private");

        Assert.Null(allowed.Errors);
        Assert.Equal("world", data!.Value.GetProperty("hello").GetString());
        Assert.Equal(ErrorCodes.Unauthenticated, Assert.Single(refused.Errors!).Code);
    }

    [Fact]
    public async Task Introspection_is_allowed_anonymously()
    {
        var (result, data) = await ExecuteAsync(
            """{ __typename __schema { queryType { name } } __type(name: "City") { name fields { name } } }""", Anonymous);

        Assert.Null(result.Errors);
        Assert.Equal("Query", data!.Value.GetProperty("__typename").GetString());
        Assert.Equal("City", data.Value.GetProperty("__type").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Typename_of_a_protected_node_type_is_allowed()
    {
        var (result, data) = await ExecuteAsync(
            $$"""{ node(id: "{{KecamatanId}}") { __typename ... on Kecamatan { __typename } } }""", Anonymous);

        Assert.Null(result.Errors);
        Assert.Equal("Kecamatan", data!.Value.GetProperty("node").GetProperty("__typename").GetString());
    }

    [Theory]
    [InlineData("{ city { name } }", "city")]
    [InlineData("{ cities { name } }", "cities")]
    [InlineData("{ hello ... on Query { capital { name } } }", "capital")]
    public async Task Type_level_requirement_applies_to_every_field_returning_that_type(string query, string field)
    {
        var (refused, refusedData) = await ExecuteAsync(query, Officer);
        var (allowed, data) = await ExecuteAsync(query, CityAdmin);

        var error = Assert.Single(refused.Errors!);
        Assert.Equal(ErrorCodes.Forbidden, error.Code);
        Assert.Equal($"Your account may not use '{field}'.", error.Message);
        Assert.Null(refusedData);
        Assert.Null(allowed.Errors);
        Assert.True(data!.Value.TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Every_refused_field_is_reported_once_with_its_location()
    {
        var (result, _) = await ExecuteAsync(
            "query { secret city { name } ...More } fragment More on Query { secret }", Anonymous);

        Assert.Equal(["secret", "city", "secret"], result.Errors!.Select(e => e.Message.Split('\'')[1]));
        Assert.All(result.Errors!, e => Assert.Equal(ErrorCodes.Unauthenticated, e.Code));
        Assert.All(result.Errors!, e => Assert.Single(e.Locations!));
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task Skipped_selections_are_not_checked(bool skip, bool refused)
    {
        var variables = new Dictionary<string, object?> { ["skip"] = skip }.ToInputs();

        var (result, _) = await ExecuteAsync(
            "query ($skip: Boolean!) { hello secret @skip(if: $skip) ... @include(if: $skip) { hello } }",
            Anonymous, variables: variables);

        Assert.Equal(refused, result.Errors is { Count: > 0 });
    }

    [Fact]
    public async Task Excluded_fragment_spread_is_not_checked()
    {
        var (result, _) = await ExecuteAsync(
            "query { hello ...Secrets @include(if: false) } fragment Secrets on Query { secret }", Anonymous);

        Assert.Null(result.Errors);
    }

    [Fact]
    public async Task Argument_requirement_is_checked_only_when_the_argument_is_given()
    {
        var (plain, _) = await ExecuteAsync("{ report }", Anonymous);
        var (detailed, _) = await ExecuteAsync("{ report(detailed: true) }", Citizen);

        Assert.Null(plain.Errors);
        Assert.Equal("Your account may not use 'report'.", Assert.Single(detailed.Errors!).Message);
    }

    [Fact]
    public async Task A_policy_without_an_authorization_service_never_passes()
    {
        var (result, data) = await ExecuteAsync("{ secret }", Officer, services: new ServiceCollection().BuildServiceProvider());

        Assert.NotNull(result.Errors);
        Assert.Null(data);
    }

    private async Task<(ExecutionResult Result, JsonElement? Data)> ExecuteAsync(
        string query,
        ClaimsPrincipal? user,
        string? operationName = null,
        Inputs? variables = null,
        IServiceProvider? services = null)
    {
        var result = await new DocumentExecuter().ExecuteAsync(new ExecutionOptions
        {
            Schema = TestSchema.Instance,
            Query = query,
            OperationName = operationName,
            Variables = variables,
            ValidationRules = DocumentValidator.CoreRules.Append(new AuthorizationValidationRule()),
            User = user,
            RequestServices = services ?? _services,
        });
        var json = new GraphQLSerializer().Serialize(result);
        using var document = JsonDocument.Parse(json);
        return (result, document.RootElement.TryGetProperty("data", out var data) ? data.Clone() : null);
    }

    private static ClaimsPrincipal SignedIn(string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, role), new Claim(ClaimTypes.Role, role)], "test"));

    private sealed record City(string Name);

    private sealed record Kecamatan(string Key, string Name, string Census);

    private sealed record Vault(string Key);

    private sealed class TestNodeResolver(string typeName, Func<string, object> resolve) : INodeResolver
    {
        public string TypeName => typeName;

        public Task<object?> ResolveAsync(string key, IResolveFieldContext context) => Task.FromResult<object?>(resolve(key));
    }

    private sealed class CityType : ObjectGraphType<City>
    {
        public CityType()
        {
            Name = "City";
            this.AuthorizeWithRoles("city_admin");
            Field(c => c.Name);
        }
    }

    private sealed class KecamatanType : ObjectGraphType<Kecamatan>
    {
        public KecamatanType()
        {
            Name = "Kecamatan";
            Interface<NodeInterface>();
            IsTypeOf = source => source is Kecamatan;
            Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode("Kecamatan", c.Source.Key));
            Field(k => k.Name);
            Field(k => k.Census).AuthorizeWithPolicy("Officer");
        }
    }

    private sealed class VaultType : ObjectGraphType<Vault>
    {
        public VaultType()
        {
            Name = "Vault";
            this.AuthorizeWithRoles("city_admin");
            Interface<NodeInterface>();
            IsTypeOf = source => source is Vault;
            Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode("Vault", c.Source.Key));
        }
    }

    private sealed class QueryType : ObjectGraphType
    {
        public QueryType()
        {
            Name = "Query";
            Field<StringGraphType>("hello").Resolve(_ => "world");
            Field<StringGraphType>("secret").AuthorizeWithPolicy("Officer").Resolve(_ => "classified");
            Field<CityType>("city").Resolve(_ => new City("Jakarta"));
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<CityType>>>>("cities").Resolve(_ => new[] { new City("Bandung") });
            Field<CityType>("capital").Resolve(_ => new City("Nusantara"));
            Field<StringGraphType>("report")
                .Argument<BooleanGraphType>("detailed", configure: a => a.AuthorizeWithPolicy("Officer"))
                .Resolve(_ => "summary");
            new NodeQuery().AddTo(this);
        }
    }

    private sealed class MutationType : ObjectGraphType
    {
        public MutationType()
        {
            Name = "Mutation";
            this.Authorize();
            Field<StringGraphType>("launch").AuthorizeWithPolicy("Officer").Resolve(_ => "launched");
            Field<StringGraphType>("ping").AllowAnonymous().Resolve(_ => "pong");
        }
    }

    private static class TestSchema
    {
        public static readonly ISchema Instance = Create();

        private static global::GraphQL.Types.Schema Create()
        {
            var schema = new global::GraphQL.Types.Schema { Query = new QueryType(), Mutation = new MutationType() };
            schema.RegisterType(new KecamatanType());
            schema.RegisterType(new VaultType());
            schema.Initialize();
            return schema;
        }
    }
}
