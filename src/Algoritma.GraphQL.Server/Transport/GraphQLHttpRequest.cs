using GraphQL;

namespace Algoritma.GraphQL.Server.Transport;

/// <summary>The parameters of one GraphQL-over-HTTP request, already checked for shape.</summary>
internal sealed record GraphQLHttpRequest(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions);

/// <summary>A request the transport refuses before execution: its status code, error code and reason.</summary>
internal sealed class RequestRefusedException(int statusCode, string code, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public string Code { get; } = code;

    public string? Allow { get; init; }
}
