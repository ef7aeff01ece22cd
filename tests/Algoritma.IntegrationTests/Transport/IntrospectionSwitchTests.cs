using System.Net;

namespace Algoritma.IntegrationTests.Transport;

/// <summary>Outside Development (the test host runs as "Testing") only signed-in staff may introspect the schema.</summary>
[Collection(ApiCollection.Name)]
public sealed class IntrospectionSwitchTests(ApiFactory api)
{
    private const string Introspection = "{ __schema { queryType { name } } }";

    [Theory]
    [InlineData(Introspection)]
    [InlineData("""{ __type(name: "Query") { name } }""")]
    [InlineData("query { ...Schema } fragment Schema on Query { __schema { queryType { name } } }")]
    public async Task Anonymous_introspection_is_refused(string query)
    {
        var response = await api.GraphQL().PostAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", response.FirstErrorCode);
        Assert.False(response.HasData);
    }

    [Fact]
    public async Task Typename_stays_open_to_everyone()
    {
        var response = await api.GraphQL().PostAsync("{ __typename }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Fact]
    public async Task A_city_admin_may_introspect_on_the_tenant_route()
    {
        var response = await api.Tenant("samarinda").WithToken(await api.CityAdminAsync("samarinda")).PostAsync(Introspection);

        Assert.True(response.Status == HttpStatusCode.OK, response.ToString());
        Assert.Equal("Query", response.Data.GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_same_cached_document_is_refused_to_anonymous_after_staff_ran_it()
    {
        var query = "{ __schema { mutationType { name } } }";
        var staff = await api.GraphQL().WithToken(await api.PlatformAdminAsync()).PostAsync(query);

        var anonymous = await api.GraphQL().PostAsync(query);

        Assert.Equal(HttpStatusCode.OK, staff.Status);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", anonymous.FirstErrorCode);
    }
}
