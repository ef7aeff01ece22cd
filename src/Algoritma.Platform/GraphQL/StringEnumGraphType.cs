
namespace Algoritma.Platform.GraphQL;

/// <summary>An enum over a closed set of stored strings: each GraphQL value names one string, described.</summary>
public abstract class StringEnumGraphType : EnumerationGraphType
{
    protected StringEnumGraphType(string name, string description, params (string Name, string Value, string Description)[] values)
    {
        Name = name;
        Description = description;
        foreach (var (valueName, value, valueDescription) in values)
        {
            Add(valueName, value, valueDescription);
        }
    }
}
