using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Algoritma.GraphQL.Server.Errors;
using Algoritma.GraphQL.Server.Schema;
using Algoritma.MultiTenancy;
using Algoritma.Platform.Features.Tenants;
using GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Algoritma.IntegrationTests.Errors;

/// <summary>
/// A Development host (where exception details used to be shown) that fails in three places: a resolver, a middleware
/// on a GraphQL path (the tenant lookup of tenant <see cref="BrokenTenant"/>) and a middleware on an OpenID Connect path.
/// </summary>
public class FailingDevelopmentApiFactory : ApiFactory
{
    public const string Secret = "connection to 10.1.2.3 refused for user algoritma_secret";
    public const string BrokenTenant = "meledak";
    public const string BrokenPath = "/connect/meledak";

    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Development");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.AddSingleton<IQueryFields, FailingField>();
        services.AddScoped<ITenantStore>(provider => new BrokenTenantStore(ActivatorUtilities.CreateInstance<TenantStore>(provider)));
        services.AddSingleton<IStartupFilter, FailingPathStartupFilter>();
    }

    private sealed class FailingField : IQueryFields
    {
        public void AddTo(ObjectGraphType query)
        {
            query.Field<StringGraphType>("failing").Resolve(_ => throw new InvalidOperationException(Secret));
            query.Field<StringGraphType>("refusing").Resolve(_ => throw CodedError.BadUserInput("That value is refused."));
        }
    }

    private sealed class BrokenTenantStore(ITenantStore inner) : ITenantStore
    {
        public Task<TenantInfo?> FindByIdAsync(string id, CancellationToken cancellationToken = default) =>
            id == BrokenTenant ? throw new InvalidOperationException(Secret) : inner.FindByIdAsync(id, cancellationToken);

        public Task<TenantInfo?> FindByHostAsync(string host, CancellationToken cancellationToken = default) => inner.FindByHostAsync(host, cancellationToken);
    }

    /// <summary>After the whole pipeline, where a request no endpoint took ends up: inside the API's own error handling.</summary>
    private sealed class FailingPathStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext context, RequestDelegate rest) =>
                context.Request.Path == BrokenPath ? throw new InvalidOperationException(Secret) : rest(context));
        };
    }
}

/// <summary>
/// No exception detail (message, type, stack trace, file path) leaves the server, even in Development; every error
/// carries the request's trace id, also sent as <c>X-Trace-Id</c>, and the failure's log line carries the same id.
/// </summary>
public sealed partial class ErrorDetailsTests(FailingDevelopmentApiFactory api) : IClassFixture<FailingDevelopmentApiFactory>
{
    [Fact]
    public async Task In_development_a_resolver_exception_is_internal_without_details_and_its_trace_id_finds_the_log_line()
    {
        api.Logs.Start();

        var response = await api.GraphQL().PostAsync("{ failing __typename }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("INTERNAL", response.FirstErrorCode);
        Assert.Equal("Internal server error.", response.Errors[0].GetProperty("message").GetString());
        Assert.False(response.Errors[0].GetProperty("extensions").TryGetProperty("details", out _));
        AssertNoExceptionDetails(response.Body.GetRawText());
        var traceId = AssertTraceId(response.TraceId, response.Headers);
        AssertLogged(traceId);
    }

    [Fact]
    public async Task A_middleware_exception_on_a_GraphQL_path_is_a_500_in_the_GraphQL_shape_with_a_trace_id()
    {
        api.Logs.Start();

        var response = await api.Tenant(FailingDevelopmentApiFactory.BrokenTenant).PostAsync("{ __typename }");

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.Equal("INTERNAL", response.FirstErrorCode);
        Assert.False(response.HasData);
        AssertNoExceptionDetails(response.Body.GetRawText());
        AssertLogged(AssertTraceId(response.TraceId, response.Headers));
    }

    [Fact]
    public async Task A_middleware_exception_elsewhere_is_a_500_problem_details_with_a_trace_id()
    {
        api.Logs.Start();

        using var response = await api.CreateClient().GetAsync(FailingDevelopmentApiFactory.BrokenPath);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        AssertNoExceptionDetails(text);
        var problem = JsonSerializer.Deserialize<JsonElement>(text);
        Assert.Equal(500, problem.GetProperty("status").GetInt32());
        Assert.False(problem.TryGetProperty("detail", out _));
        var headers = response.Headers.ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        AssertLogged(AssertTraceId(problem.GetProperty("traceId").GetString(), headers));
    }

    [Fact]
    public async Task The_transports_refusals_and_the_tenant_lookups_carry_the_trace_id_too()
    {
        var refusals = new[]
        {
            await api.GraphQL().PostRawAsync("{ \"query\": "),
            await api.GraphQL().PostAsync("{ nope }"),
            await api.GraphQL().SendAsync(new HttpRequestMessage(HttpMethod.Put, "/graphql") { Content = JsonContent.Create(new { query = "{ __typename }" }) }),
            await api.Tenant("tidak-ada").PostAsync("{ __typename }"),
            await api.GraphQL().PostAsync("{ refusing }"),
        };

        Assert.Equal(["BAD_REQUEST", "GRAPHQL_VALIDATION_FAILED", "METHOD_NOT_ALLOWED", "NOT_FOUND", "BAD_USER_INPUT"], refusals.Select(r => r.FirstErrorCode));
        Assert.All(refusals, refusal => AssertTraceId(refusal.TraceId, refusal.Headers));
        // Development used to add extensions.details ("Algoritma.GraphQL.Server.Errors.CodedError: …" and a stack trace)
        Assert.All(refusals, refusal => Assert.False(refusal.Errors[0].GetProperty("extensions").TryGetProperty("details", out _)));
        Assert.All(refusals, refusal => AssertNoExceptionDetails(refusal.Body.GetRawText()));
    }

    [Fact]
    public async Task A_trace_id_the_caller_sent_in_traceparent_is_the_one_the_errors_carry()
    {
        const string traceId = "0af7651916cd43dd8448eb211c80319c";
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ nope }" }) };
        request.Headers.Add("traceparent", $"00-{traceId}-b7ad6b7169203331-01");

        var response = await api.GraphQL().SendAsync(request);

        Assert.Equal(traceId, response.TraceId);
        Assert.Equal(traceId, response.Headers["X-Trace-Id"]);
    }

    private static string AssertTraceId(string? traceId, IReadOnlyDictionary<string, string> headers)
    {
        Assert.NotNull(traceId);
        Assert.Matches(TraceIdShape(), traceId);
        Assert.Equal(traceId, headers["X-Trace-Id"]);
        return traceId;
    }

    private static void AssertNoExceptionDetails(string body)
    {
        Assert.DoesNotContain("algoritma_secret", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs", body, StringComparison.Ordinal);
        Assert.DoesNotContain("/work/", body, StringComparison.Ordinal);
    }

    /// <summary>The failure is logged, exception and all, on a line that carries the trace id the client was given.</summary>
    private void AssertLogged(string traceId) =>
        Assert.Contains(api.Logs.Text.Split(Environment.NewLine), line =>
            line.Contains(traceId, StringComparison.Ordinal) && line.Contains(FailingDevelopmentApiFactory.Secret, StringComparison.Ordinal)
            && line.Contains(" Error ", StringComparison.Ordinal));

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex TraceIdShape();
}

/// <summary>The same failing host with <c>GraphQL:ExposeExceptionDetails</c> turned on.</summary>
public sealed class ExposingDetailsApiFactory : FailingDevelopmentApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("GraphQL:ExposeExceptionDetails", "true");
    }
}

/// <summary>Exception details reach an answer only when a setting turns them on.</summary>
public sealed class ExposedDetailsTests(ExposingDetailsApiFactory api) : IClassFixture<ExposingDetailsApiFactory>
{
    [Fact]
    public async Task With_ExposeExceptionDetails_on_resolver_and_middleware_exceptions_show_their_details()
    {
        var resolver = await api.GraphQL().PostAsync("{ failing }");
        var middleware = await api.Tenant(FailingDevelopmentApiFactory.BrokenTenant).PostAsync("{ __typename }");
        using var elsewhere = await api.CreateClient().GetAsync(FailingDevelopmentApiFactory.BrokenPath);

        Assert.Contains(FailingDevelopmentApiFactory.Secret, resolver.Body.GetRawText(), StringComparison.Ordinal);
        Assert.Contains(FailingDevelopmentApiFactory.Secret, middleware.Errors[0].GetProperty("extensions").GetProperty("details").GetString(), StringComparison.Ordinal);
        var problem = JsonSerializer.Deserialize<JsonElement>(await elsewhere.Content.ReadAsStringAsync());
        Assert.Contains(FailingDevelopmentApiFactory.Secret, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
