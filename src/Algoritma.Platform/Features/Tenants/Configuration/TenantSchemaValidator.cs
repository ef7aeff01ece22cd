using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Algoritma.Platform.Features.Tenants.Configuration;

/// <summary>Evaluates a tenant document against the embedded tenant.schema.json and words each failure for humans.</summary>
internal static class TenantSchemaValidator
{
    private const string ResourceName = "TenantsConfig.tenant.schema.json";

    private static readonly Lazy<(JsonSchema Schema, JsonNode Raw)> Schema = new(LoadSchema);

    public static void Validate(string fileName, YamlJsonDocument document, List<ConfigFileError> errors)
    {
        var (schema, raw) = Schema.Value;
        var instance = JsonSerializer.SerializeToElement(document.Root);
        var results = schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return;
        }

        var seen = new HashSet<(int, string)>();
        foreach (var detail in results.Details ?? [])
        {
            if (detail.Errors is not { Count: > 0 } detailErrors)
            {
                continue;
            }

            var pointer = detail.InstanceLocation.ToString();
            var subschema = FindSubschema(raw, detail.SchemaLocation);
            var value = Resolve(document.Root, pointer);
            foreach (var keyword in detailErrors.Keys)
            {
                foreach (var error in Describe(document, pointer, keyword, subschema, value, detailErrors[keyword]))
                {
                    if (seen.Add((error.Line, error.Reason)))
                    {
                        errors.Add(error with { File = fileName });
                    }
                }
            }
        }
    }

    private static IEnumerable<ConfigFileError> Describe(
        YamlJsonDocument document, string pointer, string keyword, JsonObject? subschema, JsonNode? value, string libraryMessage)
    {
        var location = document.Locate(pointer);
        var at = location.Path;
        switch (keyword)
        {
            case "" or "false" when pointer.Length > 0:
                // additionalProperties: false reports the offending property itself.
                yield return new ConfigFileError("", location.Line, $"{at}: property not allowed");
                yield break;

            case "type":
                yield return new ConfigFileError("", location.Line, $"{at}: must be {Expectation(subschema)} (got {Describe(value)}{QuoteHint(subschema, value)})");
                yield break;

            case "pattern":
                yield return new ConfigFileError("", location.Line, $"{at}: must be {Expectation(subschema)} (got {Describe(value)})");
                yield break;

            case "enum":
                var allowed = subschema?["enum"] is JsonArray values ? string.Join(", ", values.Select(v => v?.ToString())) : "an allowed value";
                yield return new ConfigFileError("", location.Line, $"{at}: must be one of {allowed} (got {Describe(value)})");
                yield break;

            case "minLength":
                var min = subschema?["minLength"]?.GetValue<int>() ?? 1;
                yield return new ConfigFileError("", location.Line, min <= 1 ? $"{at}: must not be empty" : $"{at}: must be at least {min} characters");
                yield break;

            case "maxLength":
                yield return new ConfigFileError("", location.Line, $"{at}: must be at most {subschema?["maxLength"]} characters");
                yield break;

            case "required":
                var present = value as JsonObject;
                var missing = subschema?["required"] is JsonArray required
                    ? required.Select(r => r!.GetValue<string>()).Where(r => present?.ContainsKey(r) != true).ToList()
                    : [];
                foreach (var name in missing)
                {
                    var path = pointer.Length == 0 ? name : $"{at}.{name}";
                    yield return new ConfigFileError("", location.Line, $"{path}: required property missing");
                }

                yield break;

            case "uniqueItems" when value is JsonArray array:
                for (var i = 1; i < array.Count; i++)
                {
                    if (Enumerable.Range(0, i).Any(j => JsonNode.DeepEquals(array[j], array[i])))
                    {
                        var item = document.Locate($"{pointer}/{i}");
                        yield return new ConfigFileError("", item.Line, $"{item.Path}: duplicate");
                    }
                }

                yield break;

            default:
                yield return new ConfigFileError("", location.Line, $"{at}: {libraryMessage}");
                yield break;
        }
    }

    /// <summary>"a string matching ^..$", "a boolean", "an array", ...</summary>
    private static string Expectation(JsonObject? subschema)
    {
        var types = subschema?["type"] switch
        {
            JsonArray many => many.Select(t => t!.GetValue<string>()).ToList(),
            JsonValue one => [one.GetValue<string>()],
            _ => [],
        };
        var typeText = types.Count == 0 ? "a value" : string.Join(" or ", types.Select(Article));
        return subschema?["pattern"] is JsonValue pattern ? $"{typeText} matching {pattern.GetValue<string>()}" : typeText;
    }

    private static string QuoteHint(JsonObject? subschema, JsonNode? value) =>
        subschema?["type"] is JsonValue type && type.GetValue<string>() == "string" && value is JsonValue
            ? "; quote it in YAML"
            : "";

    private static string Article(string type) => type switch
    {
        "object" or "array" or "integer" => $"an {type}",
        _ => $"a {type}",
    };

    private static string Describe(JsonNode? value) => value switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray => "an array",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => $"\"{v.GetValue<string>()}\"",
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => $"boolean {v.ToJsonString()}",
        JsonValue v => $"number {v.ToJsonString()}",
        _ => value.ToJsonString(),
    };

    private static JsonNode? Resolve(JsonNode? root, string pointer)
    {
        var current = root;
        foreach (var raw in pointer.Split('/').Skip(1))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            current = current switch
            {
                JsonObject obj => obj[segment],
                JsonArray array when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < array.Count => array[i],
                _ => null,
            };
        }

        return current;
    }

    /// <summary>The raw subschema the failing keyword belongs to, found from the schema location's fragment.</summary>
    private static JsonObject? FindSubschema(JsonNode raw, Uri schemaLocation)
    {
        var fragment = Uri.UnescapeDataString(schemaLocation.Fragment.TrimStart('#'));
        while (true)
        {
            if (Resolve(raw, fragment) is JsonObject found)
            {
                return found;
            }

            if (fragment.Length == 0)
            {
                return null;
            }

            // Some locations carry a trailing segment that is not part of the schema; walk up.
            fragment = fragment[..fragment.LastIndexOf('/')];
        }
    }

    private static (JsonSchema, JsonNode) LoadSchema()
    {
        using var stream = typeof(TenantSchemaValidator).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();
        return (JsonSchema.FromText(text), JsonNode.Parse(text)!);
    }
}
