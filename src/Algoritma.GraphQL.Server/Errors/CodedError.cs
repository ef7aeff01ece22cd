using GraphQL;

namespace Algoritma.GraphQL.Server.Errors;

/// <summary>An error a resolver throws on purpose; its code reaches the client as <c>extensions.code</c>.</summary>
public class CodedError : ExecutionError
{
    public CodedError(string code, string message) : base(message) => Code = code;

    public static CodedError NotFound(string message) => new(ErrorCodes.NotFound, message);

    public static CodedError Forbidden(string message) => new(ErrorCodes.Forbidden, message);

    public static CodedError Conflict(string message) => new(ErrorCodes.Conflict, message);

    public static CodedError BadUserInput(string message) => new(ErrorCodes.BadUserInput, message);
}
