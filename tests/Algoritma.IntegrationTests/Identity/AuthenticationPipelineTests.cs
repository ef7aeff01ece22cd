using System.Net;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Algoritma.IntegrationTests.Identity;

/// <summary>A host with one more request-handling scheme, which counts the requests offered to request handlers.</summary>
public sealed class CountingRequestHandlerApiFactory : ApiFactory
{
    public RequestCounter Counter { get; } = new();

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.AddSingleton(Counter);
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, CountingRequestHandler>("counting", _ => { });
    }

    public sealed class RequestCounter
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Add() => Interlocked.Increment(ref _count);
    }

    private sealed class CountingRequestHandler(
        IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, RequestCounter counter)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder), IAuthenticationRequestHandler
    {
        public Task<bool> HandleRequestAsync()
        {
            counter.Add();
            return Task.FromResult(false);
        }

        protected override Task<AuthenticateResult> HandleAuthenticateAsync() => Task.FromResult(AuthenticateResult.NoResult());
    }
}

public sealed class AuthenticationPipelineTests(CountingRequestHandlerApiFactory api) : IClassFixture<CountingRequestHandlerApiFactory>
{
    [Fact]
    public async Task Request_handlers_such_as_OpenIddicts_see_the_OpenID_Connect_endpoints_but_not_GraphQL_requests()
    {
        var graphQL = await api.Tenant("samarinda").PostAsync("{ __typename }");
        Assert.Equal(HttpStatusCode.OK, graphQL.Status);
        Assert.Equal(0, api.Counter.Count);

        // a path OpenIddict's server does not answer itself, so it passes the request on to the next handler
        var connect = await api.CreateClient().GetAsync("/connect/nowhere");
        Assert.Equal(HttpStatusCode.NotFound, connect.StatusCode);
        Assert.Equal(1, api.Counter.Count);
    }
}
