using Algoritma.MultiTenancy.EntityFramework;

namespace Algoritma.MultiTenancy.Tests;

public sealed class TenantSessionBindingTests
{
    private const string App = "Host=127.0.0.1;Port=5432;Username=algoritma_app;Database=algoritma";

    [Fact]
    public void A_bound_connection_string_starts_its_sessions_with_the_tenant()
    {
        var bound = TenantSessionInterceptor.BindTo(App, "samarinda");

        Assert.Contains("Options=\"-c app.tenant_id=samarinda\"", bound, StringComparison.Ordinal);
        Assert.Equal("samarinda", TenantSessionInterceptor.BoundTenantOf(bound));
    }

    [Fact]
    public void Without_a_tenant_the_connection_string_is_unbound()
    {
        Assert.Equal(App, TenantSessionInterceptor.BindTo(App, null));
        Assert.Null(TenantSessionInterceptor.BoundTenantOf(App));
    }

    [Fact]
    public void Options_already_given_are_kept_beside_the_binding()
    {
        var bound = TenantSessionInterceptor.BindTo(App + ";Options=-c statement_timeout=5000", "makassar");

        Assert.Contains("statement_timeout=5000", bound, StringComparison.Ordinal);
        Assert.Equal("makassar", TenantSessionInterceptor.BoundTenantOf(bound));
    }
}
