namespace Algoritma.MultiTenancy.Tests;

public sealed class CurrentTenantTests
{
    private static TenantInfo Tenant(string id) => new(id, id, true, [], "Asia/Makassar");

    [Fact]
    public void Without_a_scope_there_is_no_tenant_and_requiring_one_throws()
    {
        var current = new CurrentTenant();

        Assert.Null(current.Tenant);
        Assert.Throws<TenantRequiredException>(() => current.Required);
    }

    [Fact]
    public void Scopes_nest_and_restore_the_outer_tenant()
    {
        var current = new CurrentTenant();
        using (current.BeginScope(Tenant("samarinda")))
        {
            using (current.BeginScope(Tenant("makassar")))
            {
                Assert.Equal("makassar", current.Id);
                using (current.BeginPlatformScope())
                {
                    Assert.Null(current.Id);
                }
            }

            Assert.Equal("samarinda", current.Id);
        }

        Assert.Null(current.Id);
    }

    [Fact]
    public async Task Parallel_flows_keep_their_own_tenant()
    {
        var current = new CurrentTenant();

        async Task<string?> RunIn(string id)
        {
            using (current.BeginScope(Tenant(id)))
            {
                await Task.Delay(20);
                return current.Id;
            }
        }

        var results = await Task.WhenAll(RunIn("samarinda"), RunIn("makassar"));

        Assert.Equal(new[] { "samarinda", "makassar" }, results!);
        Assert.Null(current.Id);
    }
}
