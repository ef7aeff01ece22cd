using Algoritma.GraphQL.Server.Authorization;
using Algoritma.GraphQL.Server.Schema;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.GraphQL.Server.Relay;

/// <summary>The <c>Node</c> interface every object with a global id implements.</summary>
public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a global id, fetchable with node(id:).";
        Field<NonNullGraphType<IdGraphType>>("id");
    }
}

/// <summary>Finds a node of one type by the key inside its global id; null when the caller may not see it.</summary>
public interface INodeResolver
{
    string TypeName { get; }

    Task<object?> ResolveAsync(string key, IResolveFieldContext context);
}

/// <summary><c>node(id: ID!): Node</c></summary>
internal sealed class NodeQuery : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NodeInterface>("node")
            .Description("The object with this global id, or null when it does not exist or is not visible here.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context =>
            {
                if (!GlobalId.TryDecode(context.GetArgument<string>("id"), out var type, out var key))
                {
                    return null;
                }

                var resolver = context.RequestServices!.GetServices<INodeResolver>().FirstOrDefault(r => r.TypeName == type);
                var node = resolver is null ? null : await resolver.ResolveAsync(key, context);
                if (node is null)
                {
                    return null;
                }

                // the field returns the Node interface, so the validation rule cannot see the concrete type's requirements
                var graphType = context.Schema.FindObjectGraphType(node) ?? context.Schema.AllTypes[type];
                return graphType is not null && await context.IsAuthorizedAsync(graphType) ? node : null;
            });
}
