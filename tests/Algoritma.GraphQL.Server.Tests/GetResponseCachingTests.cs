using System.Text;
using Algoritma.GraphQL.Server.Errors;
using Algoritma.GraphQL.Server.Transport;
using GraphQL;
using Microsoft.AspNetCore.Http;

namespace Algoritma.GraphQL.Server.Tests;

public sealed class GetResponseCachingTests
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"data":{"x":1}}""");
    private static readonly GraphQLServerOptions Options = new() { PublicMaxAge = 90, VaryHeaders = ["X-Tenant"] };

    private static async Task<HttpResponse> WriteAsync(ExecutionResult? result = null, string? authorization = null, string? ifNoneMatch = null)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "GET";
        if (authorization is not null)
        {
            context.Request.Headers.Authorization = authorization;
        }

        if (ifNoneMatch is not null)
        {
            context.Request.Headers.IfNoneMatch = ifNoneMatch;
        }

        context.Response.Body = new MemoryStream();
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json; charset=utf-8";
        await GetResponseCaching.WriteAsync(context.Response, Body, result ?? new ExecutionResult(), Options);
        return context.Response;
    }

    [Fact]
    public async Task An_anonymous_answer_is_public_for_the_configured_age()
    {
        var response = await WriteAsync();

        Assert.Equal("public, max-age=90", response.Headers.CacheControl.ToString());
        Assert.Equal("Authorization, Accept, X-Tenant", response.Headers.Vary.ToString());
        Assert.Equal(Body.Length, response.Body.Length);
    }

    [Fact]
    public async Task An_answer_to_a_request_with_a_token_is_private_and_not_stored()
    {
        var response = await WriteAsync(authorization: "Bearer abc");

        Assert.Equal("private, no-store", response.Headers.CacheControl.ToString());
    }

    [Fact]
    public async Task An_answer_with_errors_is_not_stored()
    {
        var response = await WriteAsync(new ExecutionResult { Errors = [new CodedError(ErrorCodes.NotFound, "no")] });

        Assert.Equal("private, no-store", response.Headers.CacheControl.ToString());
    }

    [Fact]
    public async Task The_etag_is_strong_and_stable_for_the_same_body()
    {
        var first = await WriteAsync();
        var second = await WriteAsync(authorization: "Bearer abc");

        Assert.Matches("^\"[A-Za-z0-9_-]{43}\"$", first.Headers.ETag.ToString());
        Assert.Equal(first.Headers.ETag.ToString(), second.Headers.ETag.ToString());
    }

    [Theory]
    [InlineData("{0}")]
    [InlineData("\"other\", {0}")]
    [InlineData("W/{0}")]
    [InlineData("*")]
    public async Task A_matching_if_none_match_is_304_without_a_body(string ifNoneMatch)
    {
        var etag = (await WriteAsync()).Headers.ETag.ToString();

        var response = await WriteAsync(ifNoneMatch: string.Format(System.Globalization.CultureInfo.InvariantCulture, ifNoneMatch, etag));

        Assert.Equal(304, response.StatusCode);
        Assert.Equal(0, response.Body.Length);
        Assert.Equal(etag, response.Headers.ETag.ToString());
    }

    [Fact]
    public async Task Another_etag_gets_the_body()
    {
        var response = await WriteAsync(ifNoneMatch: "\"stale\"");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(Body.Length, response.Body.Length);
    }
}
