using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Errors.Custom;

namespace Algoritma.GraphQL.Server.Errors;

/// <summary>
/// Gives every error exactly one <c>extensions.code</c> from <see cref="ErrorCodes"/> and the request's
/// <c>extensions.traceId</c>, and hides the message, data and details of unexpected exceptions unless
/// <see cref="GraphQLServerOptions.ExposeExceptionDetails"/> is on.
/// </summary>
internal sealed class CodedErrorInfoProvider(GraphQLServerOptions options) : ErrorInfoProvider(new ErrorInfoProviderOptions
{
    ExposeCode = false,
    ExposeCodes = false,
    ExposeData = true,
    ExposeExceptionDetails = options.ExposeExceptionDetails,
})
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        var code = CodeOf(executionError);
        var extensions = info.Extensions ?? new Dictionary<string, object?>();
        extensions["code"] = code;
        if (RequestTrace.CurrentId is { } traceId)
        {
            extensions[RequestTrace.Extension] = traceId;
        }
        var hidden = code == ErrorCodes.Internal && !options.ExposeExceptionDetails;
        if (hidden)
        {
            extensions.Remove("data"); // an unexpected exception's data (a database error's detail, say) stays inside
        }

        var message = hidden ? "Internal server error." : ValueFreeMessages.For(executionError) ?? info.Message;
        return new ErrorInfo { Message = message, Extensions = extensions };
    }

    internal static string CodeOf(ExecutionError error) => error switch
    {
        { Code: { } code } when ErrorCodes.Known.Contains(code) => code,
        SyntaxError => ErrorCodes.ParseFailed,
        InvalidVariableError => ErrorCodes.BadUserInput,
        ComplexityError => ErrorCodes.MaxComplexityExceeded,
        ValidationError or DocumentError => ErrorCodes.ValidationFailed,
        _ => ErrorCodes.Internal,
    };
}
