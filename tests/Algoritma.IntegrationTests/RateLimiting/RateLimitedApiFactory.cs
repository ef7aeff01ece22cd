using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.IntegrationTests.RateLimiting;

/// <summary>
/// The API with the real rate limits (the Testing environment raises them a thousandfold for the other suites), on a
/// database of its own. A request's client address is taken from <see cref="AddressHeader"/>, so one test can speak
/// from several addresses. The per-account sign-in limit is 5 per 15 s instead of 10 per 5 minutes, so a test can
/// wait it out.
/// </summary>
public sealed class RateLimitedApiFactory : ApiFactory
{
    public const string AddressHeader = "X-Test-Client-Address";
    public const int SignInAccountLimit = 5;
    public static readonly TimeSpan SignInAccountWindow = TimeSpan.FromSeconds(15);

    private static int _lastAddress;

    /// <summary>An address no other test uses.</summary>
    public static string NewAddress()
    {
        var n = Interlocked.Increment(ref _lastAddress);
        return $"198.51.{n / 250}.{(n % 250) + 1}";
    }

    /// <summary>A client speaking from <paramref name="address"/>.</summary>
    public HttpClient ClientFrom(string address, bool followRedirects = true)
    {
        var client = CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = followRedirects, HandleCookies = true,
        });
        client.DefaultRequestHeaders.Add(AddressHeader, address);
        return client;
    }

    public GraphQLClient TenantFrom(string tenantId, string address) => new(ClientFrom(address), $"/t/{tenantId}/graphql");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RateLimits:PermitMultiplier"] = "1",
            ["RateLimits:SignInPerAccount:PermitLimit"] = $"{SignInAccountLimit}",
            ["RateLimits:SignInPerAccount:Window"] = SignInAccountWindow.ToString(),
        }));
    }

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.AddTransient<IStartupFilter, ClientAddressFromHeader>();

    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[AddressHeader], out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

[CollectionDefinition(Name)]
public sealed class RateLimitCollection : ICollectionFixture<RateLimitedApiFactory>
{
    public const string Name = "rate-limits";
}
