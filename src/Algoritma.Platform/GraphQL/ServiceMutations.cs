
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

/// <summary>
/// A root mutation handled by a scoped use-case service (<see cref="ServiceMutations.AddServiceMutation"/>): the class
/// states its name, description, roles and the service's method.
/// </summary>
internal abstract class ServiceMutation<TPayloadType, TInputType, TInput, TService, TPayload>(
    string name, string description, string[] roles, Func<TService, TInput, Caller, CancellationToken, Task<TPayload>> run) : IMutationFields
    where TPayloadType : IGraphType
    where TInputType : IInputObjectGraphType
    where TService : notnull
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.AddServiceMutation<TPayloadType, TInputType, TInput, TService, TPayload>(name, description, roles, run);
}
