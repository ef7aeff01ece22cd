using Algoritma.GraphQL.Server.Errors;
using Algoritma.GraphQL.Server.PersistedDocuments;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;

namespace Algoritma.GraphQL.Server.Transport;

/// <summary>
/// GraphQL over HTTP (POST and GET): reads the request, screens it, executes it, and answers with the status code the
/// specification gives for the negotiated media type.
/// </summary>
internal sealed class GraphQLHttpHandler<TSchema>(
    IDocumentExecuter<TSchema> executer,
    IGraphQLTextSerializer serializer,
    GraphQLRequestReader reader,
    RequestScreening screening,
    PersistedDocumentResolver documents,
    GraphQLServerOptions options,
    TSchema schema)
    where TSchema : ISchema
{
    public async Task HandleAsync(HttpContext context)
    {
        var mediaType = ResponseMediaType.Json;
        try
        {
            RequireGetOrPost(context.Request);
            mediaType = ResponseMediaType.Negotiate(context.Request);
            var request = await reader.ReadAsync(context.Request, context.RequestAborted);
            var result = await ExecuteAsync(context, request);
            var status = StatusFor(result, mediaType);
            if (status == StatusCodes.Status503ServiceUnavailable)
            {
                Unavailable.AddRetryAfter(context.Response, options);
            }

            await WriteAsync(context.Response, mediaType, status, result);
        }
        catch (RequestRefusedException refused)
        {
            if (refused.Allow is not null)
            {
                context.Response.Headers.Allow = refused.Allow;
            }

            var result = new ExecutionResult { Executed = false, Errors = [new CodedError(refused.Code, refused.Message)] };
            await WriteAsync(context.Response, mediaType, refused.StatusCode, result);
        }
    }

    private async Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLHttpRequest sent)
    {
        var resolved = await documents.ResolveAsync(context, sent);
        if (resolved.Request is not { } request)
        {
            return new ExecutionResult { Executed = false, Errors = [resolved.Error!] };
        }

        var screened = await screening.ScreenAsync(request);
        if (screened.Document is { } parsed && HttpMethods.IsGet(context.Request.Method))
        {
            RefuseNonQueryOverGet(parsed, request.OperationName);
        }

        if (screened is not { Document: { } document, Cost: { } cost, Error: null })
        {
            return new ExecutionResult { Executed = false, Errors = [screened.Error!] };
        }

        if (UnservedOperation(document, request.OperationName) is { } unserved)
        {
            return new ExecutionResult { Executed = false, Errors = [unserved] };
        }

        context.Features.Set(cost);
        return await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Text,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = context.RequestServices,
            User = context.User,
            UserContext = new GraphQLUserContext(context),
            CancellationToken = OperationSelection.IsMutation(document, request.OperationName) ? CancellationToken.None : context.RequestAborted,
        });
    }

    /// <summary>
    /// The executer throws on an operation type the schema has no root for; a subscription is a stream, which HTTP
    /// does not carry here (it is served over WebSocket, graphql-transport-ws, on the same path).
    /// </summary>
    private CodedError? UnservedOperation(GraphQLDocument document, string? operationName)
    {
        var operation = OperationSelection.Selected(document, operationName)?.Operation;
        if (operation == OperationType.Subscription && schema.Subscription is not null)
        {
            return new CodedError(ErrorCodes.ValidationFailed,
                "Subscriptions are served over WebSocket (subprotocol graphql-transport-ws) on this path, not over HTTP.");
        }

        var served = operation switch
        {
            OperationType.Mutation => schema.Mutation is not null,
            OperationType.Subscription => schema.Subscription is not null,
            _ => true,
        };
        return served ? null : new CodedError(ErrorCodes.ValidationFailed,
            $"This schema serves no {operation.ToString()!.ToLowerInvariant()} operations.");
    }

    private static void RequireGetOrPost(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsPost(request.Method))
        {
            throw new RequestRefusedException(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed,
                $"Method {request.Method} is not allowed; use GET or POST.") { Allow = "GET, POST" };
        }
    }

    private static void RefuseNonQueryOverGet(GraphQLDocument document, string? operationName)
    {
        var operation = OperationSelection.Selected(document, operationName);
        if (operation is not null && operation.Operation != OperationType.Query)
        {
            throw new RequestRefusedException(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed,
                $"A {operation.Operation.ToString().ToLowerInvariant()} cannot be sent over GET; use POST.") { Allow = "POST" };
        }
    }

    /// <summary>
    /// application/json answers 200 to every well-formed request; application/graphql-response+json answers
    /// 400 when the document was not executed (parse, validation or variable coercion failure, or a refusal before).
    /// A rate limit's refusal is 429 in both, and a database out of reach (<see cref="Unavailable"/>) 503.
    /// </summary>
    private static int StatusFor(ExecutionResult result, string mediaType) =>
        result.Errors?.Any(error => error.Code == ErrorCodes.RateLimited) == true ? StatusCodes.Status429TooManyRequests
        : result.Errors?.Any(error => error.Code == ErrorCodes.Unavailable) == true ? StatusCodes.Status503ServiceUnavailable
        : mediaType == ResponseMediaType.GraphQLResponseJson && !result.Executed ? StatusCodes.Status400BadRequest
        : StatusCodes.Status200OK;

    private async Task WriteAsync(HttpResponse response, string mediaType, int statusCode, ExecutionResult result)
    {
        response.StatusCode = statusCode;
        response.ContentType = ResponseMediaType.ContentTypeHeader(mediaType);
        if (!HttpMethods.IsGet(response.HttpContext.Request.Method))
        {
            GetResponseCaching.MarkUncacheable(response);
            await serializer.WriteAsync(response.Body, result, response.HttpContext.RequestAborted);
            return;
        }

        // a GET answer is buffered: its ETag is the hash of the whole body
        using var body = new MemoryStream();
        await serializer.WriteAsync(body, result, response.HttpContext.RequestAborted);
        await GetResponseCaching.WriteAsync(response, body.ToArray(), result, options);
    }
}
