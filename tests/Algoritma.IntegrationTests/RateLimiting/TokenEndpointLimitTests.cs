using System.Net;
using System.Text.Json;

namespace Algoritma.IntegrationTests.RateLimiting;

/// <summary>The token endpoint is limited per address and per client whose secret is presented, with real limits.</summary>
[Collection(RateLimitCollection.Name)]
public sealed class TokenEndpointLimitTests(RateLimitedApiFactory api)
{
    [Fact]
    public async Task Guessing_a_clients_secret_is_throttled_for_that_client_from_any_address()
    {
        var answers = new List<(HttpStatusCode Status, string? RetryAfter, JsonElement Body)>();
        for (var guess = 0; guess < 31; guess++)
        {
            answers.Add(await ClientCredentialsAsync(RateLimitedApiFactory.NewAddress(), "ponorogo-integration", $"guess-{guess}"));
        }

        var rightSecretNow = await ClientCredentialsAsync(RateLimitedApiFactory.NewAddress(), "ponorogo-integration", "dev-ponorogo-integration-secret");
        var otherClient = await ClientCredentialsAsync(RateLimitedApiFactory.NewAddress(), "makassar-integration", "dev-makassar-integration-secret");

        Assert.All(answers.Take(30), a => Assert.Equal("invalid_client", a.Body.GetProperty("error").GetString()));
        AssertThrottled(answers[30]);
        AssertThrottled(rightSecretNow);
        Assert.Equal(HttpStatusCode.OK, otherClient.Status);
    }

    [Fact]
    public async Task One_address_is_throttled_on_the_token_endpoint_across_clients()
    {
        var address = RateLimitedApiFactory.NewAddress();
        var answers = new List<(HttpStatusCode Status, string? RetryAfter, JsonElement Body)>();
        for (var attempt = 0; attempt < 121; attempt++)
        {
            answers.Add(await PostAsync(address, new()
            {
                ["grant_type"] = "refresh_token", ["client_id"] = Tokens.OfficerApp, ["refresh_token"] = $"forged-{attempt}",
            }));
        }

        var elsewhere = await PostAsync(RateLimitedApiFactory.NewAddress(), new()
        {
            ["grant_type"] = "refresh_token", ["client_id"] = Tokens.OfficerApp, ["refresh_token"] = "forged",
        });

        Assert.All(answers.Take(120), a => Assert.NotEqual(HttpStatusCode.TooManyRequests, a.Status));
        AssertThrottled(answers[120]);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, elsewhere.Status);
    }

    private Task<(HttpStatusCode Status, string? RetryAfter, JsonElement Body)> ClientCredentialsAsync(string address, string clientId, string secret) =>
        PostAsync(address, new() { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret, ["scope"] = "api" });

    private async Task<(HttpStatusCode Status, string? RetryAfter, JsonElement Body)> PostAsync(string address, Dictionary<string, string> form)
    {
        using var client = api.ClientFrom(address);
        using var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(form));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (response.StatusCode, response.Headers.RetryAfter?.ToString(), body);
    }

    private static void AssertThrottled((HttpStatusCode Status, string? RetryAfter, JsonElement Body) answer)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, answer.Status);
        Assert.Equal("60", answer.RetryAfter);
        Assert.Equal("RATE_LIMITED", answer.Body.GetProperty("error").GetString());
    }
}
