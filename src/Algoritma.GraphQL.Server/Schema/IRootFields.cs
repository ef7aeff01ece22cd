using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.GraphQL.Server.Schema;

/// <summary>A feature's fields on the root Query type.</summary>
public interface IQueryFields
{
    void AddTo(ObjectGraphType query);
}

/// <summary>A feature's fields on the root Mutation type.</summary>
public interface IMutationFields
{
    void AddTo(ObjectGraphType mutation);
}

/// <summary>A feature's fields on the root Subscription type (served over WebSocket only).</summary>
public interface ISubscriptionFields
{
    void AddTo(ObjectGraphType subscription);
}

public static class RootFieldsRegistration
{
    /// <summary>Registers a feature's root fields once, as query, mutation and/or subscription contributor.</summary>
    public static IServiceCollection AddRootFields<TFields>(this IServiceCollection services)
        where TFields : class
    {
        services.AddSingleton<TFields>();
        if (typeof(IQueryFields).IsAssignableFrom(typeof(TFields)))
        {
            services.AddSingleton<IQueryFields>(provider => (IQueryFields)provider.GetRequiredService<TFields>());
        }

        if (typeof(IMutationFields).IsAssignableFrom(typeof(TFields)))
        {
            services.AddSingleton<IMutationFields>(provider => (IMutationFields)provider.GetRequiredService<TFields>());
        }

        if (typeof(ISubscriptionFields).IsAssignableFrom(typeof(TFields)))
        {
            services.AddSingleton<ISubscriptionFields>(provider => (ISubscriptionFields)provider.GetRequiredService<TFields>());
        }

        return services;
    }
}
