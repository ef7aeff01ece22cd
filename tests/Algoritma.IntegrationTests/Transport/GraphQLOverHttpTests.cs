using System.Net;
using System.Text;

namespace Algoritma.IntegrationTests.Transport;

[Collection(ApiCollection.Name)]
public sealed class GraphQLOverHttpTests(ApiFactory api)
{
    private readonly GraphQLClient _graphql = api.GraphQL();

    /// <summary>Introspection is off outside Development except for signed-in staff.</summary>
    private async Task<GraphQLClient> StaffAsync() => api.GraphQL().WithToken(await api.PlatformAdminAsync());

    [Fact]
    public async Task Typename_is_served_as_application_json_by_default()
    {
        var response = await _graphql.PostAsync("{ __typename }", accept: "*/*");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/json", response.MediaType);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", response.Body.GetRawText());
    }

    [Fact]
    public async Task Platform_query_reads_time_and_migration_from_postgresql()
    {
        var response = await _graphql.PostAsync("{ platform { version databaseTime schemaVersion } }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Empty(response.Errors);
        var platform = response.Data.GetProperty("platform");
        var databaseTime = platform.GetProperty("databaseTime").GetDateTimeOffset();
        Assert.InRange(databaseTime, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(5));
        Assert.Matches(@"^\d{14}_\w+$", platform.GetProperty("schemaVersion").GetString());
    }

    [Fact]
    public async Task Tenant_route_serves_the_same_schema()
    {
        var response = await api.GraphQL("/t/samarinda/graphql").PostAsync("{ __typename }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Query", response.Data.GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Get_serves_queries()
    {
        var response = await _graphql.GetAsync("{ __typename }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(GraphQLClient.GraphQLResponseJson, response.MediaType);
    }

    [Fact]
    public async Task Mutation_over_get_is_refused_with_405_and_allow_post()
    {
        var response = await _graphql.GetAsync("mutation { __typename }");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal("POST", response.Allow);
        Assert.Equal("METHOD_NOT_ALLOWED", response.FirstErrorCode);
        Assert.False(response.HasData);
    }

    [Fact]
    public async Task Other_methods_are_refused_with_405_and_allow_get_post()
    {
        var response = await _graphql.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/graphql")
        {
            Content = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json"),
        });

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal("GET, POST", response.Allow);
        Assert.Equal("METHOD_NOT_ALLOWED", response.FirstErrorCode);
    }

    [Fact]
    public async Task Application_graphql_body_is_a_document()
    {
        var response = await _graphql.PostRawAsync("{ __typename }", "application/graphql");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Query", response.Data.GetProperty("__typename").GetString());
    }

    [Theory]
    [InlineData(GraphQLClient.GraphQLResponseJson)]
    [InlineData("application/json")]
    public async Task Malformed_json_is_400_bad_request(string accept)
    {
        var response = await _graphql.PostRawAsync("""{ "query": "{ __typename }" """, accept: accept);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("BAD_REQUEST", response.FirstErrorCode);
        Assert.False(response.HasData);
    }

    [Theory]
    [InlineData("""{"query": 1}""")]
    [InlineData("""{"qeury": "{ __typename }"}""")]
    [InlineData("""{"query": "{ __typename }", "variables": "x"}""")]
    [InlineData("""{"query": "{ __typename }", "operationName": 5}""")]
    [InlineData("""{"query": "{ __typename }", "extensions": []}""")]
    [InlineData("""["{ __typename }"]""")]
    public async Task Invalid_parameters_are_400_bad_request(string body)
    {
        var response = await _graphql.PostRawAsync(body, accept: "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("BAD_REQUEST", response.FirstErrorCode);
    }

    [Fact]
    public async Task Unparsable_document_is_400_with_graphql_response_json()
    {
        var response = await _graphql.PostAsync("{ platform { version ");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("GRAPHQL_PARSE_FAILED", response.FirstErrorCode);
        Assert.False(response.HasData);
    }

    [Fact]
    public async Task Unparsable_document_is_200_with_application_json()
    {
        var response = await _graphql.PostAsync("{ platform { version ", accept: "application/json");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("GRAPHQL_PARSE_FAILED", response.FirstErrorCode);
        Assert.False(response.HasData);
    }

    [Fact]
    public async Task Unknown_field_is_400_validation_failure()
    {
        var response = await _graphql.PostAsync("{ platform { nonsense } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", response.FirstErrorCode);
        Assert.Contains("nonsense", response.Errors[0].GetProperty("message").GetString());
        Assert.False(response.HasData);
    }

    [Fact]
    public async Task Wrong_variable_type_is_400_bad_user_input()
    {
        var response = await api.Tenant("samarinda").PostAsync(
            "query ($code: String!) { requestStatus(trackingCode: $code) { status } }", new { code = new[] { 1, 2 } });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
        Assert.False(response.HasData);
    }

    [Fact]
    public async Task Oversized_body_is_413_payload_too_large()
    {
        var padding = new string(' ', 70 * 1024);
        var response = await _graphql.PostRawAsync($$"""{"query":"{ __typename {{padding}}"}""");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal("PAYLOAD_TOO_LARGE", response.FirstErrorCode);
    }

    [Fact]
    public async Task Too_deep_query_is_refused_with_max_depth_exceeded()
    {
        var query = "{ __schema { types { fields { type " + string.Concat(Enumerable.Repeat("{ ofType ", 14)) + "{ name }"
            + new string('}', 14) + " } } } }";

        var response = await (await StaffAsync()).PostAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("MAX_DEPTH_EXCEEDED", response.FirstErrorCode);
        Assert.False(response.HasData);
    }

    [Fact]
    public async Task Full_introspection_query_fits_within_the_limits()
    {
        var query = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Resources", "introspection.graphql"));

        var response = await (await StaffAsync()).PostAsync(query);

        Assert.True(response.Status == HttpStatusCode.OK, response.ToString());
        Assert.Equal("Query", response.Data.GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Unacceptable_accept_header_is_406()
    {
        var response = await _graphql.PostAsync("{ __typename }", accept: "text/html");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
        Assert.Equal("NOT_ACCEPTABLE", response.FirstErrorCode);
    }

    [Fact]
    public async Task Unsupported_content_type_is_415()
    {
        var response = await _graphql.PostRawAsync("query={__typename}", "text/plain");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", response.FirstErrorCode);
    }
}
