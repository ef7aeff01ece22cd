using Algoritma.GraphQL.Server.Transport;
using Microsoft.AspNetCore.Http;

namespace Algoritma.GraphQL.Server.Tests;

public sealed class ResponseMediaTypeTests
{
    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/json", "application/json")]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/graphql-response+json, application/json;q=0.9", "application/graphql-response+json")]
    [InlineData("application/json;q=0.5, application/graphql-response+json;q=0.2", "application/json")]
    [InlineData("text/html, */*;q=0.1", "application/json")]
    public void Negotiates_the_response_media_type_from_accept(string? accept, string expected)
    {
        var request = new DefaultHttpContext().Request;
        if (accept is not null)
        {
            request.Headers.Accept = accept;
        }

        Assert.Equal(expected, ResponseMediaType.Negotiate(request));
    }

    [Fact]
    public void Refuses_an_accept_header_it_cannot_serve()
    {
        var request = new DefaultHttpContext().Request;
        request.Headers.Accept = "text/html";

        var refused = Assert.Throws<RequestRefusedException>(() => ResponseMediaType.Negotiate(request));

        Assert.Equal(StatusCodes.Status406NotAcceptable, refused.StatusCode);
        Assert.Equal("NOT_ACCEPTABLE", refused.Code);
    }
}
