using System.Security.Claims;
using Algoritma.GraphQL.Server.Schema;
using Algoritma.GraphQL.Server.Transport;
using Algoritma.MultiTenancy;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Instrumentation;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.Benchmarks.Infrastructure;

/// <summary>
/// The API's GraphQL path for one POST to <c>/t/{tenant}/graphql</c>, without the HTTP layer: a request scope, the
/// route's tenant looked up in the tenant store and entered as the resolution middleware does, the document parsed
/// once as <c>GraphQLHttpHandler</c> does, the composed schema's <see cref="IDocumentExecuter{TSchema}"/> with every
/// configured rule (complexity limits, authorization, serial strategy), and the JSON writer.
/// </summary>
public sealed class InProcessGraphQL
{
    private static readonly GraphQLDocumentBuilder DocumentBuilder = new();

    private readonly IServiceProvider _services;
    private readonly IDocumentExecuter<ComposedSchema> _executer;
    private readonly IGraphQLTextSerializer _serializer;
    private readonly ComposedSchema _schema;
    private readonly IDocumentValidator _validator;

    public InProcessGraphQL(IServiceProvider services)
    {
        _services = services;
        _executer = services.GetRequiredService<IDocumentExecuter<ComposedSchema>>();
        _serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        _schema = services.GetRequiredService<ComposedSchema>();
        _validator = services.GetRequiredService<IDocumentValidator>();
        _schema.Initialize();
        ValidationRules = ExecutionPipelineValidationRules(services, _schema);
    }

    /// <summary>The validation rules the executer applies, as its configured pipeline sets them.</summary>
    public IReadOnlyList<IValidationRule> ValidationRules { get; }

    public Inputs Variables(string json) => _serializer.Deserialize<Inputs>(json) ?? Inputs.Empty;

    public static GraphQLDocument Parse(string query) => DocumentBuilder.Build(query);

    /// <summary>Parses and validates as the executer does before it executes; nothing is resolved.</summary>
    public async Task<IValidationResult> ParseAndValidateAsync(string query, Inputs variables, ClaimsPrincipal user)
    {
        var document = Parse(query);
        return await _validator.ValidateAsync(new ValidationOptions
        {
            Schema = _schema,
            Document = document,
            Operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single(),
            Rules = ValidationRules,
            Variables = variables,
            User = user,
            RequestServices = _services,
            UserContext = new Dictionary<string, object?>(),
            Metrics = Metrics.None,
        });
    }

    /// <summary>Parses, validates, executes and writes the JSON response to <paramref name="output"/>.</summary>
    public async Task<ExecutionResult> ExecuteAsync(string tenantId, string query, Inputs variables, ClaimsPrincipal user, Stream output)
    {
        await using var scope = _services.CreateAsyncScope();
        var requestServices = scope.ServiceProvider;
        var tenants = requestServices.GetRequiredService<TenantScopes>();
        var tenant = await tenants.FindEnabledAsync(tenantId);
        using (tenants.BeginScope(tenant))
        {
            var http = new DefaultHttpContext { RequestServices = requestServices, User = user };
            var result = await _executer.ExecuteAsync(new ExecutionOptions
            {
                Query = query,
                Document = Parse(query),
                Variables = variables,
                RequestServices = requestServices,
                User = user,
                UserContext = new GraphQLUserContext(http),
            });
            await _serializer.WriteAsync(output, result);
            return result;
        }
    }

    /// <summary>
    /// Runs the executer's configuration steps (<see cref="IConfigureExecution"/>, outermost first, as the executer
    /// chains them) up to the point where it would execute, and keeps the validation rules they configured.
    /// </summary>
    private static IReadOnlyList<IValidationRule> ExecutionPipelineValidationRules(IServiceProvider services, ComposedSchema schema)
    {
        IEnumerable<IValidationRule>? configured = null;
        ExecutionDelegate capture = options =>
        {
            configured = options.ValidationRules;
            return Task.FromResult(new ExecutionResult());
        };
        var pipeline = services.GetServices<IConfigureExecution>()
            .OrderByDescending(step => step.SortOrder)
            .Aggregate(capture, (next, step) => options => step.ExecuteAsync(options, next));
        // the configuration steps complete synchronously up to the captured terminal
        pipeline(new ExecutionOptions { Schema = schema, RequestServices = services }).GetAwaiter().GetResult();
        return [.. configured ?? DocumentValidator.CoreRules];
    }
}
