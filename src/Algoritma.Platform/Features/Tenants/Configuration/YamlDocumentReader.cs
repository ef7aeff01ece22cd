using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Algoritma.Platform.Features.Tenants.Configuration;

/// <summary>Where a JSON-pointer location came from in the YAML text.</summary>
internal sealed record SourceLocation(int Line, string Path);

/// <summary>A YAML document converted to JSON, with the source line of every node keyed by JSON pointer.</summary>
internal sealed record YamlJsonDocument(JsonNode? Root, IReadOnlyDictionary<string, SourceLocation> Locations)
{
    /// <summary>The location of <paramref name="pointer"/>, or of its nearest ancestor that has one.</summary>
    public SourceLocation Locate(string pointer)
    {
        var current = pointer;
        while (true)
        {
            if (Locations.TryGetValue(current, out var location))
            {
                return location;
            }

            if (current.Length == 0)
            {
                return new SourceLocation(1, "(root)");
            }

            current = current[..current.LastIndexOf('/')];
        }
    }
}

/// <summary>
/// Reads YAML with YamlDotNet's representation model and converts it to a <see cref="JsonNode"/>.
/// Plain scalars follow the YAML 1.2 core schema (bool, int, float, null); quoted scalars are always strings.
/// </summary>
internal static partial class YamlDocumentReader
{
    public static YamlJsonDocument? Read(string fileName, string yaml, List<ConfigFileError> errors)
    {
        if (FindSyntaxError(fileName, yaml) is { } syntaxError)
        {
            errors.Add(syntaxError);
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            errors.Add(new ConfigFileError(fileName, ToLine(ex.Start.Line), $"YAML error: {ex.Message}"));
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            errors.Add(new ConfigFileError(fileName, 1, "file is empty"));
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            errors.Add(new ConfigFileError(fileName, ToLine(stream.Documents[1].RootNode.Start.Line), "only one YAML document per file is allowed"));
            return null;
        }

        var locations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var rootNode = stream.Documents[0].RootNode;
        locations[""] = new SourceLocation(ToLine(rootNode.Start.Line), "(root)");
        var before = errors.Count;
        var root = Convert(fileName, rootNode, "", "", locations, errors);
        return errors.Count == before ? new YamlJsonDocument(root, locations) : null;
    }

    /// <summary>Runs the low-level parser first: it reports a line for every syntax error, including the ones the representation model does not.</summary>
    private static ConfigFileError? FindSyntaxError(string fileName, string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        long lastLine = 1;
        try
        {
            while (parser.MoveNext())
            {
                lastLine = parser.Current!.Start.Line;
            }

            return null;
        }
        catch (YamlException ex)
        {
            return new ConfigFileError(fileName, ToLine(ex.Start.Line), $"YAML syntax error: {ex.Message}");
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet gives up without a position on e.g. an unterminated [ or {.
            return new ConfigFileError(fileName, ToLine(lastLine), "YAML syntax error: unexpected end of input (unterminated flow collection or quote?)");
        }
    }

    private static JsonNode? Convert(
        string fileName, YamlNode node, string pointer, string path, Dictionary<string, SourceLocation> locations, List<ConfigFileError> errors)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                return ConvertScalar(scalar);

            case YamlSequenceNode sequence:
            {
                var array = new JsonArray();
                var index = 0;
                foreach (var item in sequence.Children)
                {
                    var itemPointer = $"{pointer}/{index}";
                    var itemPath = $"{(path.Length == 0 ? "(root)" : path)}[{index}]";
                    locations[itemPointer] = new SourceLocation(ToLine(item.Start.Line), itemPath);
                    array.Add(Convert(fileName, item, itemPointer, itemPath, locations, errors));
                    index++;
                }

                return array;
            }

            case YamlMappingNode mapping:
            {
                var obj = new JsonObject();
                foreach (var (keyNode, valueNode) in mapping.Children)
                {
                    if (keyNode is not YamlScalarNode { Value: { } key })
                    {
                        errors.Add(new ConfigFileError(fileName, ToLine(keyNode.Start.Line), $"{DisplayPath(path)}: keys must be plain strings"));
                        continue;
                    }

                    var keyPointer = $"{pointer}/{EscapePointerSegment(key)}";
                    var keyPath = path.Length == 0 ? key : $"{path}.{key}";
                    if (obj.ContainsKey(key))
                    {
                        errors.Add(new ConfigFileError(fileName, ToLine(keyNode.Start.Line), $"{keyPath}: duplicate key"));
                        continue;
                    }

                    locations[keyPointer] = new SourceLocation(ToLine(keyNode.Start.Line), keyPath);
                    obj[key] = Convert(fileName, valueNode, keyPointer, keyPath, locations, errors);
                }

                return obj;
            }

            default:
                errors.Add(new ConfigFileError(fileName, ToLine(node.Start.Line), $"{DisplayPath(path)}: unsupported YAML node"));
                return null;
        }
    }

    private static JsonNode? ConvertScalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is not ScalarStyle.Plain || (!scalar.Tag.IsEmpty && scalar.Tag.Value == "tag:yaml.org,2002:str"))
        {
            return JsonValue.Create(text);
        }

        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        if (text is "true" or "True" or "TRUE")
        {
            return JsonValue.Create(true);
        }

        if (text is "false" or "False" or "FALSE")
        {
            return JsonValue.Create(false);
        }

        if (IntegerPattern().IsMatch(text))
        {
            return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)
                ? JsonValue.Create(whole)
                : JsonValue.Create(decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        if (FloatPattern().IsMatch(text))
        {
            return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                ? JsonValue.Create(number)
                : JsonValue.Create(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        return JsonValue.Create(text);
    }

    internal static string DisplayPath(string path) => path.Length == 0 ? "(root)" : path;

    private static string EscapePointerSegment(string segment) => segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private static int ToLine(long line) => (int)Math.Clamp(line, 1, int.MaxValue);

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
