using Algoritma.MultiTenancy.Resolution;
using Microsoft.AspNetCore.Http;

namespace Algoritma.MultiTenancy.Tests;

public sealed class TenantStrategyTests
{
    private static HttpContext Request(string host = "localhost", string? tenantRoute = null, string? header = null)
    {
        var context = new DefaultHttpContext();
        context.Request.Host = new HostString(host);
        if (tenantRoute is not null)
        {
            context.Request.RouteValues["tenant"] = tenantRoute;
        }

        if (header is not null)
        {
            context.Request.Headers["X-Tenant"] = header;
        }

        return context;
    }

    private static readonly HostTenantStrategy Hosts = new(new HashSet<string> { "localhost", "api.algoritma.id" });

    [Fact]
    public void Route_value_names_the_tenant_by_id() =>
        Assert.Equal(TenantIdentifier.ById("samarinda"), new RouteTenantStrategy().Identify(Request(tenantRoute: "Samarinda")));

    [Fact]
    public void Localhost_subdomain_names_the_tenant_by_id() =>
        Assert.Equal(TenantIdentifier.ById("makassar"), Hosts.Identify(Request("makassar.localhost")));

    [Fact]
    public void Another_host_may_be_a_configured_tenant_host() =>
        Assert.Equal(TenantIdentifier.ByHost("layanan.samarindakota.go.id"), Hosts.Identify(Request("Layanan.SamarindaKota.go.id")));

    [Theory]
    [InlineData("localhost")]
    [InlineData("api.algoritma.id")]
    [InlineData("127.0.0.1")]
    public void Platform_hosts_and_addresses_name_no_tenant(string host) => Assert.Null(Hosts.Identify(Request(host)));

    [Fact]
    public void Header_names_the_tenant_by_id() =>
        Assert.Equal(TenantIdentifier.ById("ponorogo"), new HeaderTenantStrategy().Identify(Request(header: " ponorogo ")));

    [Fact]
    public void Missing_route_and_header_name_nothing()
    {
        Assert.Null(new RouteTenantStrategy().Identify(Request()));
        Assert.Null(new HeaderTenantStrategy().Identify(Request()));
    }
}
