using System.Net;
using Algoritma.GraphQL.Server.Schema;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Algoritma.IntegrationTests.Errors;

/// <summary>A host with one extra field that fails unexpectedly, to see what leaves the server.</summary>
public sealed class FailingFieldApiFactory : ApiFactory
{
    public const string Secret = "connection to 10.1.2.3 refused for user algoritma_secret";

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.AddSingleton<IQueryFields, FailingField>();

    private sealed class FailingField : IQueryFields
    {
        public void AddTo(ObjectGraphType query)
        {
            query.Field<StringGraphType>("failing").Resolve(_ => throw new InvalidOperationException(Secret));
            // as Npgsql reports a pool with no connection free in time (Marten wraps it)
            query.Field<StringGraphType>("timingOut").Resolve(_ => throw new InvalidOperationException(
                "Marten command failed", new NpgsqlException("The connection pool has been exhausted", new TimeoutException())));
        }
    }
}

public sealed class InternalErrorTests(FailingFieldApiFactory api) : IClassFixture<FailingFieldApiFactory>
{
    [Fact]
    public async Task Unexpected_exception_is_internal_without_details_outside_development()
    {
        var response = await api.GraphQL().PostAsync("{ failing __typename }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("INTERNAL", response.FirstErrorCode);
        Assert.Equal("Internal server error.", response.Errors[0].GetProperty("message").GetString());
        Assert.DoesNotContain("algoritma_secret", response.Body.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("stack", response.Body.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Query", response.Data.GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task A_resolver_that_finds_no_database_connection_in_time_answers_unavailable_with_retry_after()
    {
        var response = await api.GraphQL().PostAsync("{ timingOut __typename }");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.Status);
        Assert.Equal("UNAVAILABLE", response.FirstErrorCode);
        Assert.Equal("5", response.Headers["Retry-After"]);
        Assert.DoesNotContain("pool", response.Body.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Query", response.Data.GetProperty("__typename").GetString());
    }
}
