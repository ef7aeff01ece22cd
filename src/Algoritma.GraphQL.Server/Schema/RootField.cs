using GraphQL.Builders;
using GraphQL.Types;

namespace Algoritma.GraphQL.Server.Schema;

/// <summary>
/// A root field declared by what it is: its name, its type (the type argument), its description, and the rest of its
/// definition (arguments, roles, resolver) as one builder chain. A root-field class states only these.
/// </summary>
public abstract class RootField<TGraphType>(string name, string? description, Action<FieldBuilder<object?, object>> define)
    where TGraphType : IGraphType
{
    public void AddTo(ObjectGraphType root) => define(root.Field<TGraphType>(name).Description(description));
}

/// <summary>A field of the root Query type (<see cref="RootField{TGraphType}"/>).</summary>
public abstract class QueryField<TGraphType>(string name, string? description, Action<FieldBuilder<object?, object>> define)
    : RootField<TGraphType>(name, description, define), IQueryFields
    where TGraphType : IGraphType;

/// <summary>A field of the root Mutation type (<see cref="RootField{TGraphType}"/>).</summary>
public abstract class MutationField<TGraphType>(string name, string? description, Action<FieldBuilder<object?, object>> define)
    : RootField<TGraphType>(name, description, define), IMutationFields
    where TGraphType : IGraphType;

/// <summary>A field of the root Subscription type (<see cref="RootField{TGraphType}"/>).</summary>
public abstract class SubscriptionField<TGraphType>(string name, string? description, Action<FieldBuilder<object?, object>> define)
    : RootField<TGraphType>(name, description, define), ISubscriptionFields
    where TGraphType : IGraphType;
