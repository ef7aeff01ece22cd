using Algoritma.GraphQL.Server.Errors;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace Algoritma.GraphQL.Server.Authorization;

/// <summary>A field the caller may not use: <c>UNAUTHENTICATED</c> or <c>FORBIDDEN</c>, located at the field.</summary>
public sealed class AuthorizationError : ValidationError
{
    internal AuthorizationError(ROM source, AuthorizationOutcome outcome, GraphQLField field)
        : base(source, null, MessageFor(outcome, field.Name.StringValue), field) =>
        Code = outcome == AuthorizationOutcome.Unauthenticated ? ErrorCodes.Unauthenticated : ErrorCodes.Forbidden;

    private static string MessageFor(AuthorizationOutcome outcome, string fieldName) =>
        outcome == AuthorizationOutcome.Unauthenticated
            ? $"You must sign in to use '{fieldName}'."
            : $"Your account may not use '{fieldName}'.";
}
