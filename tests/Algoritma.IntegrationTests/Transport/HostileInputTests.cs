using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace Algoritma.IntegrationTests.Transport;

/// <summary>Input built to break the server is answered with a code before any resolver runs: never a 500, never INTERNAL.</summary>
[Collection(ApiCollection.Name)]
public sealed class HostileInputTests(ApiFactory api, ITestOutputHelper output)
{
    private readonly GraphQLClient _graphql = api.GraphQL();
    private readonly GraphQLClient _samarinda = api.Tenant("samarinda");

    private const string StatusQuery = "query ($code: String!) { requestStatus(trackingCode: $code) { status } }";

    private async Task<GraphQLResponse> PostBytesAsync(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");
        return await _graphql.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content });
    }

    private static void AssertRefused(GraphQLResponse response, string code)
    {
        Assert.True(response.Status == HttpStatusCode.BadRequest, response.ToString());
        Assert.Equal(code, response.FirstErrorCode);
        Assert.False(response.HasData);
    }

    [Fact]
    public async Task A_lone_surrogate_in_the_document_is_400_bad_request() =>
        AssertRefused(await _graphql.PostRawAsync("""{"query":"{ __typename \ud800 }"}"""), "BAD_REQUEST");

    [Fact]
    public async Task A_lone_surrogate_escaped_in_a_string_literal_is_bad_user_input() =>
        AssertRefused(await _samarinda.PostAsync("""{ requestStatus(trackingCode: "AB\uD800") { status } }"""), "BAD_USER_INPUT");

    [Fact]
    public async Task A_subscription_where_the_schema_has_none_is_a_validation_failure_not_internal() =>
        AssertRefused(await _graphql.PostAsync("subscription { __typename }"), "GRAPHQL_VALIDATION_FAILED");

    [Fact]
    public async Task Invalid_utf8_in_the_body_is_400_bad_request() =>
        AssertRefused(await PostBytesAsync([.. """{"query":"{ __typename """u8, 0xFF, 0xFE, .. """ }"}"""u8]), "BAD_REQUEST");

    [Fact]
    public async Task A_carriage_return_before_a_brace_is_a_parse_failure() =>
        AssertRefused(await _graphql.PostAsync("\r}"), "GRAPHQL_PARSE_FAILED");

    [Fact]
    public async Task Nesting_past_the_parsers_own_limit_is_max_depth_exceeded() =>
        AssertRefused(await _graphql.PostAsync("{ " + string.Concat(Enumerable.Repeat("a { ", 100)) + "b" + new string('}', 101)), "MAX_DEPTH_EXCEEDED");

    [Fact]
    public async Task Nul_in_a_variable_is_bad_user_input_and_the_next_lookups_still_work()
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            AssertRefused(await _samarinda.PostAsync(StatusQuery, new { code = "AB\u0000CDEFGH" }), "BAD_USER_INPUT");
        }

        var ordinary = await api.Tenant("makassar").PostAsync(StatusQuery, new { code = "NOTACODE" });

        Assert.Equal(HttpStatusCode.OK, ordinary.Status);
        Assert.Empty(ordinary.Errors);
    }

    [Theory]
    [InlineData("""{ requestStatus(trackingCode: "AB\u0000") { status } }""", null)]
    [InlineData("query Q($code: String = \"\\u0000\") { requestStatus(trackingCode: $code) { status } }", null)]
    [InlineData("query Q { __typename }", "Q\u0000")]
    public async Task Nul_in_a_literal_or_the_operation_name_is_bad_user_input(string query, string? operationName)
    {
        var body = JsonSerializer.Serialize(new { query, operationName });

        AssertRefused(await _samarinda.PostRawAsync(body), "BAD_USER_INPUT");
    }

    [Fact]
    public async Task Nul_in_extensions_is_bad_user_input() =>
        AssertRefused(await _graphql.PostRawAsync("""{"query":"{ __typename }","extensions":{"trace":["\u0000"]}}"""), "BAD_USER_INPUT");

    [Fact]
    public async Task A_string_over_the_documented_length_is_bad_user_input_without_repeating_it()
    {
        var response = await _samarinda.PostAsync(StatusQuery, new { code = new string('x', 4_097) });

        AssertRefused(response, "BAD_USER_INPUT");
        Assert.DoesNotContain("xxxx", response.Body.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_string_at_the_documented_length_reaches_the_resolver()
    {
        var response = await _samarinda.PostAsync(StatusQuery, new { code = new string('x', 4_096) });

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Fact]
    public async Task A_fragment_bomb_is_refused_by_cost_before_it_is_expanded()
    {
        var levels = string.Join("\n", Enumerable.Range(1, 24).Select(i => $"fragment F{i} on Query {{ ...F{i - 1} ...F{i - 1} }}"));
        var bomb = $"query {{ ...F24 }}\nfragment F0 on Query {{ __typename }}\n{levels}";
        Assert.InRange(Encoding.UTF8.GetByteCount(bomb), 900, 1_100);

        var clock = Stopwatch.StartNew();
        var response = await _graphql.PostAsync(bomb);
        output.WriteLine($"fragment bomb of {bomb.Length} bytes (2^24 fields) refused in {clock.ElapsedMilliseconds} ms: {response}");

        AssertRefused(response, "MAX_COMPLEXITY_EXCEEDED");
        Assert.Contains("16777216 fields", response.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_thousand_aliases_of_one_field_are_refused_before_any_query_runs()
    {
        var aliases = string.Concat(Enumerable.Range(0, 1_000).Select(i => $" a{i}: requestStatus(trackingCode: \"C{i}\") {{ status }}"));

        AssertRefused(await _samarinda.PostAsync($"{{{aliases} }}"), "MAX_COMPLEXITY_EXCEEDED");
    }

    [Fact]
    public async Task The_same_root_field_is_allowed_five_times_and_refused_the_sixth()
    {
        static string Lookups(int count) => "{" + string.Concat(Enumerable.Range(0, count).Select(i => $" a{i}: requestStatus(trackingCode: \"C{i}\") {{ status }}")) + " }";

        Assert.Equal(HttpStatusCode.OK, (await _samarinda.PostAsync(Lookups(5))).Status);
        var refused = await _samarinda.PostAsync(Lookups(6));

        AssertRefused(refused, "MAX_COMPLEXITY_EXCEEDED");
        Assert.Contains("'requestStatus'", refused.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_variable_of_the_wrong_json_type_names_the_variable_and_type_but_not_the_value()
    {
        var response = await _samarinda.PostAsync(StatusQuery, new { code = 6472011508900001 });

        AssertRefused(response, "BAD_USER_INPUT");
        Assert.Equal("Variable '$code' is invalid: expected a value of type 'String'.", response.Errors[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_literal_of_the_wrong_type_is_a_validation_failure_that_does_not_repeat_it()
    {
        var response = await _samarinda.PostAsync("{ requestStatus(trackingCode: 6472011508900001) { status } }");

        AssertRefused(response, "GRAPHQL_VALIDATION_FAILED");
        Assert.DoesNotContain("6472011508900001", response.Body.GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("!!!")]
    [InlineData("AAAA")]
    [InlineData("_w")]
    public async Task A_malformed_cursor_is_bad_user_input(string cursor)
    {
        var response = await _samarinda.PostAsync("query ($after: String) { services(after: $after) { totalCount } }", new { after = cursor });

        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
    }

    [Theory]
    [InlineData("{ node(id: 12345) { id } }")]
    [InlineData("""{ node(id: "AAAA") { id } }""")]
    [InlineData("""{ node(id: "not base64!") { id } }""")]
    public async Task A_malformed_or_numeric_global_id_finds_nothing(string query)
    {
        var response = await _samarinda.PostAsync(query);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Empty(response.Errors);
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("node").ValueKind);
    }

    [Theory]
    [InlineData("mutation { verifyServiceRequest(input: { requestId: 12345, expectedVersion: 1 }) { errors { code } } }", null)]
    [InlineData("mutation ($id: ID!) { verifyServiceRequest(input: { requestId: $id, expectedVersion: 1 }) { errors { code } } }", 6472011508900001)]
    public async Task A_numeric_request_id_in_a_command_is_not_found_not_internal(string mutation, long? id)
    {
        var admin = api.Tenant("samarinda").WithToken(await api.CityAdminAsync("samarinda"));

        var response = await admin.PostAsync(mutation, id is null ? null : new { id });

        Assert.True(response.Status is HttpStatusCode.OK or HttpStatusCode.BadRequest, response.ToString());
        Assert.DoesNotContain("INTERNAL", response.Body.GetRawText(), StringComparison.Ordinal);
        Assert.True(response.FirstErrorCode is "NOT_FOUND" or "BAD_USER_INPUT"
            || response.Data.GetProperty("verifyServiceRequest").ErrorCodes().Length > 0, response.ToString());
    }
}
