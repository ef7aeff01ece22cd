using GraphQL.Types;

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
