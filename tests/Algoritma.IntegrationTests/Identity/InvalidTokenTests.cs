using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Validation;

namespace Algoritma.IntegrationTests.Identity;

/// <summary>
/// A bearer token that cannot be used is refused with 401 and the RFC 6750 challenge, never served anonymously;
/// a request without one stays anonymous.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class InvalidTokenTests(ApiFactory api)
{
    private const string Query = "{ __typename me { subject } }";

    public static TheoryData<string> Routes => ["/graphql", "/t/samarinda/graphql"];

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task A_request_without_a_token_stays_anonymous(string route)
    {
        var response = await api.GraphQL(route).PostAsync("{ __typename }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Empty(response.Errors);
        Assert.False(response.Headers.ContainsKey("WWW-Authenticate"));
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task A_malformed_altered_or_unsigned_token_is_401_invalid_token(string route)
    {
        var token = (await api.SignInAsync("petugas.rawamakmur")).GetProperty("access_token").GetString()!;
        var signature = token.LastIndexOf('.') + 10;
        var altered = string.Concat(token.AsSpan(0, signature), token[signature] == 'A' ? "B" : "A", token.AsSpan(signature + 1));
        string[] unusable = ["x", "not.a.token", altered, token[..^5],
            "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4IiwidGVuYW50Ijoic2FtYXJpbmRhIiwicm9sZSI6ImNpdHlfYWRtaW4ifQ."];

        foreach (var bad in unusable)
        {
            AssertInvalidToken(await api.GraphQL(route).WithToken(bad).PostAsync(Query));
        }

        Assert.Empty((await api.GraphQL(route).WithToken(token).PostAsync(Query)).Errors);
    }

    [Fact]
    public async Task The_userinfo_endpoint_answers_an_unusable_token_with_the_same_challenge()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/connect/userinfo");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not.a.token");

        using var response = await api.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    internal static void AssertInvalidToken(GraphQLResponse response)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.StartsWith("Bearer error=\"invalid_token\"", response.Headers["WWW-Authenticate"], StringComparison.Ordinal);
        Assert.Equal("UNAUTHENTICATED", response.FirstErrorCode);
        Assert.False(response.HasData);
        Assert.NotNull(response.TraceId);
    }
}

/// <summary>A host whose token validation runs an hour ahead, so that every token it issued is expired.</summary>
public sealed class ValidationClockAheadApiFactory : ApiFactory
{
    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.PostConfigure<OpenIddictValidationOptions>(options => options.TimeProvider = new AheadClock(TimeSpan.FromHours(1)));

    private sealed class AheadClock(TimeSpan ahead) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + ahead;
    }
}

public sealed class ExpiredTokenTests(ValidationClockAheadApiFactory api) : IClassFixture<ValidationClockAheadApiFactory>
{
    [Fact]
    public async Task An_expired_token_is_401_invalid_token()
    {
        var token = (await api.SignInAsync("petugas.rawamakmur")).GetProperty("access_token").GetString()!;

        InvalidTokenTests.AssertInvalidToken(await api.Tenant("samarinda").WithToken(token).PostAsync("{ requests(first: 1) { totalCount } }"));
    }
}
