using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using GraphQLParser.AST;

namespace Algoritma.GraphQL.Server.Schema;

/// <summary>
/// <c>@specifiedBy(url:)</c> and a description on the custom scalars, so code generators can map them to their
/// own types. graphql-dotnet 8 has no built-in <c>@specifiedBy</c>: the schema declares it.
/// </summary>
public sealed class ScalarSpecifications : BaseSchemaNodeVisitor
{
    public const string DirectiveName = "specifiedBy";

    private static readonly Dictionary<string, (string Url, string Description)> Scalars = new(StringComparer.Ordinal)
    {
        ["Date"] = ("https://scalars.graphql.org/andimarek/local-date.html",
            "A calendar day without time or offset, as an RFC 3339 full-date: YYYY-MM-DD."),
        ["DateTimeOffset"] = ("https://scalars.graphql.org/andimarek/date-time.html",
            "An instant with its offset from UTC, as an RFC 3339 date-time, e.g. 2026-03-01T08:30:00+08:00."),
        ["Decimal"] = ("https://www.rfc-editor.org/rfc/rfc8259#section-6",
            "An exact decimal number, written as a JSON number (RFC 8259 section 6); read it into a decimal type, not a binary float."),
        ["Long"] = ("https://ibm.github.io/graphql-specs/custom-scalars/long.html",
            "A signed 64-bit integer (−2^63 … 2^63−1), as a JSON number."),
    };

    public static Directive Definition() => new(DirectiveName, DirectiveLocation.Scalar)
    {
        Description = "Exposes a URL that specifies the behaviour of this scalar.",
        Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<StringGraphType>>
        {
            Name = "url",
            Description = "The URL that specifies the behaviour of this scalar.",
        }),
    };

    public override void VisitScalar(ScalarGraphType type, ISchema schema)
    {
        if (!Scalars.TryGetValue(type.Name, out var specification))
        {
            return;
        }

        // the built-in scalar instances are shared by every schema in the process: two schemas initialised at once
        // (the platform's and a tenant's, or two test hosts) both saw no directive and both applied it
        lock (type)
        {
            if (type.FindAppliedDirective(DirectiveName) is null)
            {
                type.Description = specification.Description;
                type.ApplyDirective(DirectiveName, "url", specification.Url);
            }
        }
    }
}
