using GraphQL.Types;

namespace Algoritma.GraphQL.Server.Schema;

/// <summary>One schema whose root fields are contributed by the features registered in DI.</summary>
public sealed class ComposedSchema : global::GraphQL.Types.Schema
{
    public ComposedSchema(IServiceProvider services, IEnumerable<IQueryFields> queries, IEnumerable<IMutationFields> mutations,
        IEnumerable<ISubscriptionFields> subscriptions)
        : base(services)
    {
        var query = new ObjectGraphType { Name = "Query" };
        foreach (var contributor in queries)
        {
            contributor.AddTo(query);
        }

        Query = query;

        var mutation = new ObjectGraphType { Name = "Mutation" };
        foreach (var contributor in mutations)
        {
            contributor.AddTo(mutation);
        }

        if (mutation.Fields.Count > 0)
        {
            Mutation = mutation;
        }

        var subscription = new ObjectGraphType { Name = "Subscription" };
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
