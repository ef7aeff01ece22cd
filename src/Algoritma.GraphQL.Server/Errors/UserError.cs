using GraphQL.Types;

namespace Algoritma.GraphQL.Server.Errors;

/// <summary>A domain validation failure returned in a mutation payload's <c>errors</c>.</summary>
public sealed record UserError(string Code, string Message, IReadOnlyList<string> Path)
{
    public static UserError At(string field, string code, string message) => new(code, message, ["input", field]);
}

public sealed class UserErrorType : ObjectGraphType<UserError>
{
    public UserErrorType()
    {
        Name = "UserError";
        Description = "Why a mutation did not do what was asked; nothing of it was written.";
        Field(x => x.Code).Description("Stable, machine-readable reason, e.g. UNKNOWN_REGENCY.");
        Field(x => x.Message).Description("Human-readable explanation.");
        Field(x => x.Path).Description("Path of the input field at fault, e.g. [\"input\", \"regencyCode\"].");
    }
}

public static class UserErrorFields
{
    /// <summary>The <c>errors: [UserError!]!</c> field every mutation payload has.</summary>
    public static void ErrorsField<TPayload>(this ObjectGraphType<TPayload> payload, Func<TPayload, IReadOnlyList<UserError>> errors) =>
        payload.Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors")
            .Description("Why nothing was written; empty on success.")
            .Resolve(context => errors(context.Source));
}
