using GraphQL;
using GraphQL.Types;

namespace Algoritma.Platform.GraphQL;

internal static class ServiceMutations
{
    /// <summary>
    /// <c>name(input: TInputType!): TPayloadType!</c> within a tenant, for the given roles, handled by a scoped
    /// use-case service that receives the input and the caller.
    /// </summary>
    public static void AddServiceMutation<TPayloadType, TInputType, TInput, TService, TPayload>(
        this ObjectGraphType mutation, string name, string description, string[] roles,
        Func<TService, TInput, Caller, CancellationToken, Task<TPayload>> run)
        where TPayloadType : IGraphType
        where TInputType : IInputObjectGraphType
        where TService : notnull =>
        mutation.Field<NonNullGraphType<TPayloadType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input")
            .AuthorizeWithRoles(roles)
            .ResolveAsync(async context =>
            {
                context.RequireTenant();
                return await run(context.Service<TService>(), context.GetArgument<TInput>("input"), Caller.From(context.User), context.CancellationToken);
            });
}
