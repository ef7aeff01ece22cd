using Algoritma.GraphQL.Server.Schema;
using Algoritma.Platform.Features.Shared;
using GraphQL.Types;

namespace Algoritma.Platform.Tests.Architecture;

/// <summary>One class per root field, named for it: <c>tenants</c> → <c>TenantsQuery</c> (docs/code-shape.md).</summary>
public sealed class RootFieldNamingTests
{
    private static readonly (Type Contract, string Suffix)[] Roots =
        [(typeof(IQueryFields), "Query"), (typeof(IMutationFields), "Mutation"), (typeof(ISubscriptionFields), "Subscription")];

    public static TheoryData<string> RootFieldClasses() =>
        [.. typeof(Roles).Assembly.GetTypes().Where(t => !t.IsAbstract && Roots.Any(r => r.Contract.IsAssignableFrom(t))).Select(t => t.FullName!)];

    [Theory]
    [MemberData(nameof(RootFieldClasses))]
    public void Each_root_field_class_adds_one_field_and_is_named_for_it(string className)
    {
        var type = typeof(Roles).Assembly.GetType(className)!;
        var (contract, suffix) = Assert.Single(Roots, r => r.Contract.IsAssignableFrom(type));
        var root = new ObjectGraphType();

        contract.GetMethod("AddTo")!.Invoke(Activator.CreateInstance(type, nonPublic: true), [root]);

        var field = Assert.Single(root.Fields);
        Assert.Equal(char.ToUpperInvariant(field.Name[0]) + field.Name[1..] + suffix, type.Name);
    }

    [Fact]
    public void The_platform_has_root_field_classes()
    {
        Assert.True(RootFieldClasses().Count > 40);
    }
}
