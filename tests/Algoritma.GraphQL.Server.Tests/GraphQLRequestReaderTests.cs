using System.Text;
using Algoritma.GraphQL.Server.Transport;
using GraphQL.SystemTextJson;
using Microsoft.AspNetCore.Http;

namespace Algoritma.GraphQL.Server.Tests;

public sealed class GraphQLRequestReaderTests
{
    private readonly GraphQLRequestReader _reader = new(new GraphQLSerializer(), new GraphQLServerOptions { MaxRequestBytes = 200 });

    private static HttpRequest Post(string body, string? contentType = "application/json")
    {
        var request = new DefaultHttpContext().Request;
        request.Method = "POST";
        request.ContentType = contentType;
        request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        return request;
    }

    [Fact]
    public async Task Reads_query_operation_name_variables_and_extensions()
    {
        var request = await _reader.ReadAsync(
            Post("""{"query":"query Q($a: Int) { x }","operationName":"Q","variables":{"a":1},"extensions":{"k":"v"}}"""), default);

        Assert.Equal("query Q($a: Int) { x }", request.Query);
        Assert.Equal("Q", request.OperationName);
        Assert.Equal(1, Convert.ToInt32(request.Variables!["a"]));
        Assert.Equal("v", request.Extensions!["k"]);
    }

    [Fact]
    public async Task Null_variables_and_operation_name_are_allowed()
    {
        var request = await _reader.ReadAsync(Post("""{"query":"{ x }","operationName":null,"variables":null}"""), default);

        Assert.Null(request.OperationName);
        Assert.Null(request.Variables);
    }

    [Theory]
    [InlineData("", "BAD_REQUEST", 400)]
    [InlineData("{", "BAD_REQUEST", 400)]
    [InlineData("""{"query":["x"]}""", "BAD_REQUEST", 400)]
    [InlineData("""{"query":"{ x }","variables":[1]}""", "BAD_REQUEST", 400)]
    public async Task Refuses_malformed_bodies(string body, string code, int status)
    {
        var refused = await Assert.ThrowsAsync<RequestRefusedException>(() => _reader.ReadAsync(Post(body), default));

        Assert.Equal(code, refused.Code);
        Assert.Equal(status, refused.StatusCode);
    }

    [Theory]
    [InlineData(new byte[] { 0x7B, 0x22, 0x71, 0x75, 0x65, 0x72, 0x79, 0x22, 0x3A, 0x22, 0xFF, 0x22, 0x7D }, "application/json")] // {"query":"\xFF"}
    [InlineData(new byte[] { 0x7B, 0x20, 0xC3, 0x7D }, "application/graphql")] // { <truncated é> }
    public async Task Refuses_a_body_that_is_not_utf8(byte[] body, string contentType)
    {
        var request = Post("", contentType);
        request.Body = new MemoryStream(body);

        var refused = await Assert.ThrowsAsync<RequestRefusedException>(() => _reader.ReadAsync(request, default));

        Assert.Equal(("BAD_REQUEST", 400), (refused.Code, refused.StatusCode));
        Assert.Contains("UTF-8", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"query":"{ x \ud800 }"}""")]
    [InlineData("""{"query":"{ x }","operationName":"\udc00"}""")]
    [InlineData("""{"query":"{ x }","variables":{"a":"\ud800"}}""")]
    public async Task Refuses_an_unpaired_surrogate_as_a_bad_request(string body)
    {
        var refused = await Assert.ThrowsAsync<RequestRefusedException>(() => _reader.ReadAsync(Post(body), default));

        Assert.Equal(("BAD_REQUEST", 400), (refused.Code, refused.StatusCode));
    }

    [Fact]
    public async Task Refuses_an_unpaired_surrogate_in_get_variables()
    {
        var request = new DefaultHttpContext().Request;
        request.Method = "GET";
        request.QueryString = new QueryString("?query=%7Bx%7D&variables=%7B%22a%22%3A%22%5Cud800%22%7D");

        var refused = await Assert.ThrowsAsync<RequestRefusedException>(() => _reader.ReadAsync(request, default));

        Assert.Equal("BAD_REQUEST", refused.Code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/json; charset=latin1")]
    public async Task Refuses_missing_or_unsupported_content_types(string? contentType)
    {
        var refused = await Assert.ThrowsAsync<RequestRefusedException>(() => _reader.ReadAsync(Post("""{"query":"{ x }"}""", contentType), default));

        Assert.Equal(415, refused.StatusCode);
    }

    [Fact]
    public async Task Refuses_a_body_over_the_limit_even_without_content_length()
    {
        var refused = await Assert.ThrowsAsync<RequestRefusedException>(() =>
            _reader.ReadAsync(Post($$"""{"query":"{ x {{new string(' ', 300)}} }"}"""), default));

        Assert.Equal(413, refused.StatusCode);
        Assert.Equal("PAYLOAD_TOO_LARGE", refused.Code);
    }

    [Fact]
    public async Task Reads_a_body_that_arrives_a_few_bytes_at_a_time()
    {
        var request = Post("");
        request.Body = new TrickleStream(Encoding.UTF8.GetBytes("""{"query":"query Q($a: Int) { x }","variables":{"a":7}}"""), bytesPerRead: 5);

        var read = await _reader.ReadAsync(request, default);

        Assert.Equal("query Q($a: Int) { x }", read.Query);
        Assert.Equal(7, Convert.ToInt32(read.Variables!["a"]));
    }

    /// <summary>A body that gives at most a few bytes per read, as a slow client's packets do.</summary>
    private sealed class TrickleStream(byte[] content, int bytesPerRead) : MemoryStream(content)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, bytesPerRead)], cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            base.ReadAsync(buffer, offset, Math.Min(count, bytesPerRead), cancellationToken);
    }

    [Fact]
    public async Task Reads_get_parameters_with_json_variables()
    {
        var request = new DefaultHttpContext().Request;
        request.Method = "GET";
        request.QueryString = new QueryString("?query=%7Bx%7D&variables=%7B%22a%22%3A2%7D");

        var read = await _reader.ReadAsync(request, default);

        Assert.Equal("{x}", read.Query);
        Assert.Equal(2, Convert.ToInt32(read.Variables!["a"]));
    }
}
