using System.Net;
using System.Net.Http.Headers;

namespace Algoritma.IntegrationTests.Transport;

/// <summary>GET answers carry an ETag and answer 304 to it; only anonymous answers may be kept by shared caches.</summary>
[Collection(ApiCollection.Name)]
public sealed class HttpCachingTests(ApiFactory api)
{
    private const string Query = "{ kecamatans(first: 3) { nodes { code name } } }";

    private static HttpRequestMessage Get(string query, string? token = null, string? ifNoneMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/t/samarinda/graphql?query={Uri.EscapeDataString(query)}");
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return request;
    }

    [Fact]
    public async Task An_anonymous_get_is_public_with_an_etag_and_varies_on_credentials()
    {
        using var response = await api.CreateClient().SendAsync(Get(Query));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        Assert.False(response.Headers.ETag.IsWeak);
        Assert.True(response.Headers.CacheControl!.Public);
        Assert.Equal(TimeSpan.FromSeconds(60), response.Headers.CacheControl.MaxAge);
        Assert.Contains("Authorization", response.Headers.Vary);
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Fact]
    public async Task If_none_match_with_the_etag_is_304_without_a_body()
    {
        var client = api.CreateClient();
        using var first = await client.SendAsync(Get(Query));

        using var second = await client.SendAsync(Get(Query, ifNoneMatch: first.Headers.ETag!.ToString()));

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
    }

    [Fact]
    public async Task A_stale_etag_gets_the_answer()
    {
        using var response = await api.CreateClient().SendAsync(Get(Query, ifNoneMatch: "\"stale\""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_get_with_a_token_is_private_and_not_stored()
    {
        var token = await api.CityAdminAsync("samarinda");

        using var response = await api.CreateClient().SendAsync(Get(Query, token));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        Assert.True(response.Headers.CacheControl!.Private);
        Assert.True(response.Headers.CacheControl.NoStore);
    }

    [Fact]
    public async Task A_get_that_fails_is_not_stored()
    {
        using var response = await api.CreateClient().SendAsync(Get("{ nonsense }"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.False(response.Headers.CacheControl.Public);
    }

    [Fact]
    public async Task A_post_is_not_stored_and_has_no_etag()
    {
        using var response = await api.CreateClient().PostAsync("/t/samarinda/graphql",
            new StringContent($$"""{"query":"{{Query}}"}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.ETag);
        Assert.True(response.Headers.CacheControl!.NoStore);
    }
}
