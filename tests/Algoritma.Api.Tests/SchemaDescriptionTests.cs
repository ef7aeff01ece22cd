using Algoritma.GraphQL.Server.Schema;
using GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Algoritma.Api.Tests;

/// <summary>Code generators turn descriptions into doc comments: every type, field, argument and enum value has one.</summary>
public sealed class SchemaDescriptionTests
{
    [Fact]
    public async Task Every_type_field_argument_and_enum_value_has_a_description()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration["ALGORITMA_DB"] = "Host=127.0.0.1;Database=unused";
        builder.Services.AddAlgoritmaApi(builder.Configuration, builder.Environment);
        await using var app = builder.Build();
        var schema = app.Services.GetRequiredService<ComposedSchema>();
        schema.Initialize();

        var missing = Undescribed(schema).ToList();

        Assert.True(missing.Count == 0, $"{missing.Count} without a description:\n{string.Join("\n", missing)}");
    }

    private static IEnumerable<string> Undescribed(ISchema schema)
    {
        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && !IsSpecScalar(t)))
        {
            if (string.IsNullOrWhiteSpace(type.Description))
            {
                yield return type.Name;
            }

            foreach (var path in Members(type).Where(m => string.IsNullOrWhiteSpace(m.Description)).Select(m => $"{type.Name}.{m.Path}"))
            {
                yield return path;
            }
        }

        foreach (var directive in schema.Directives.Where(d => d.Name is not ("include" or "skip" or "deprecated")))
        {
            if (string.IsNullOrWhiteSpace(directive.Description))
            {
                yield return $"@{directive.Name}";
            }

            foreach (var argument in directive.Arguments?.Where(a => string.IsNullOrWhiteSpace(a.Description)) ?? [])
            {
                yield return $"@{directive.Name}({argument.Name})";
            }
        }
    }

    private static IEnumerable<(string Path, string? Description)> Members(IGraphType type)
    {
        if (type is EnumerationGraphType enumeration)
        {
            foreach (var value in enumeration.Values)
            {
                yield return (value.Name, value.Description);
            }
        }

        if (type is not IComplexGraphType complex)
        {
            yield break;
        }

        foreach (var field in complex.Fields)
        {
            yield return (field.Name, field.Description);
            foreach (var argument in field.Arguments ?? [])
            {
                yield return ($"{field.Name}({argument.Name})", argument.Description);
            }
        }
    }

    // the specification describes these; graphql-dotnet prints its own text for them
    private static bool IsSpecScalar(IGraphType type) => type.Name is "String" or "Int" or "Float" or "Boolean" or "ID";
}
