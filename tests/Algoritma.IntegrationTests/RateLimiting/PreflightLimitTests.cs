using System.Net;

namespace Algoritma.IntegrationTests.RateLimiting;

/// <summary>CORS runs before the rate limiter: a preflight never spends a permit, and a 429 is readable by an allowed origin.</summary>
[Collection(RateLimitCollection.Name)]
public sealed class PreflightLimitTests(RateLimitedApiFactory api)
{
    private const string Portal = "http://localhost:5173";

    [Fact]
    public async Task A_throttled_address_still_gets_its_preflight_and_can_read_the_429()
    {
        var address = RateLimitedApiFactory.NewAddress();
        using var client = api.ClientFrom(address);
        HttpStatusCode last = HttpStatusCode.OK;
        for (var attempt = 0; attempt < 121 && last != HttpStatusCode.TooManyRequests; attempt++)
        {
            using var response = await TokenPostAsync(client);
            last = response.StatusCode;
        }

        using var throttled = await TokenPostAsync(client);
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/connect/token");
        preflight.Headers.Add("Origin", Portal);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        using var preflighted = await client.SendAsync(preflight);

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal(Portal, throttled.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("retry-after", throttled.Headers.GetValues("Access-Control-Expose-Headers").Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, preflighted.StatusCode);
        Assert.Equal(Portal, preflighted.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    private static async Task<HttpResponseMessage> TokenPostAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token", ["client_id"] = "samarinda-portal", ["refresh_token"] = "forged",
            }),
        };
        request.Headers.Add("Origin", Portal);
        return await client.SendAsync(request);
    }
}
