using System.Security.Claims;

namespace Algoritma.GraphQL.Server.Tests;

public sealed class IntrospectionSwitchTests
{
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());
    private static readonly ClaimsPrincipal Staff = new(new ClaimsIdentity([new Claim(ClaimTypes.Role, "officer")], "test"));

    [Fact]
    public void Introspection_is_off_by_default() => Assert.False(new GraphQLServerOptions().MayIntrospect(Anonymous));

    [Fact]
    public void The_host_can_turn_it_on_for_everyone() => Assert.True(new GraphQLServerOptions { AllowIntrospection = true }.MayIntrospect(null));

    [Fact]
    public void The_host_can_allow_it_for_some_callers()
    {
        var options = new GraphQLServerOptions { AllowIntrospectionFor = user => user.IsInRole("officer") };

        Assert.True(options.MayIntrospect(Staff));
        Assert.False(options.MayIntrospect(Anonymous));
        Assert.False(options.MayIntrospect(null));
    }
}
