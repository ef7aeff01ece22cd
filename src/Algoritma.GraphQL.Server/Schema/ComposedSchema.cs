using GraphQL.Types;

namespace Algoritma.GraphQL.Server.Schema;

/// <summary>One schema whose root fields are contributed by the features registered in DI.</summary>
public sealed class ComposedSchema : global::GraphQL.Types.Schema
{
    public ComposedSchema(IServiceProvider services, IEnumerable<IQueryFields> queries, IEnumerable<IMutationFields> mutations,
        IEnumerable<ISubscriptionFields> subscriptions)
        : base(services)
    {
        Directives.Register(ScalarSpecifications.Definition());
        this.RegisterVisitor(new ScalarSpecifications());
        var query = new ObjectGraphType { Name = "Query", Description = "What can be read." };
        foreach (var contributor in queries)
        {
            contributor.AddTo(query);
        }

        Query = query;

        var mutation = new ObjectGraphType { Name = "Mutation", Description = "What can be changed; each change answers with a payload and its errors." };
        foreach (var contributor in mutations)
        {
            contributor.AddTo(mutation);
        }

        if (mutation.Fields.Count > 0)
        {
            Mutation = mutation;
        }

        var subscription = new ObjectGraphType { Name = "Subscription", Description = "Changes pushed over WebSocket (graphql-transport-ws), each re-read under the subscriber's own authorization." };
        foreach (var contributor in subscriptions)
        {
            contributor.AddTo(subscription);
        }

        if (subscription.Fields.Count > 0)
        {
            Subscription = subscription;
        }
    }
}
