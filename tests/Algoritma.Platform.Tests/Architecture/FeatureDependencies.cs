using System.Reflection;
using System.Reflection.Emit;

namespace Algoritma.Platform.Tests.Architecture;

/// <summary>
/// Which feature folders (<c>Algoritma.Platform.Features.{Feature}</c>) the types of an assembly use, read by reflection:
/// base types, interfaces, attributes, fields, properties, signatures, locals, and every type, method and field a
/// method body names in its IL (lambdas and async methods are nested types, so they count for their feature).
/// Constants are inlined by the compiler and leave no trace: a <c>const</c> is not seen.
/// </summary>
public sealed class FeatureDependencies
{
    private const string FeaturePrefix = "Algoritma.Platform.Features.";
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
    private static readonly IReadOnlyDictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private readonly Dictionary<string, Dictionary<string, string>> _uses = new(StringComparer.Ordinal);

    /// <summary>feature → the features it uses → one reference that shows it (<c>Type → Type</c>).</summary>
    public IReadOnlyDictionary<string, Dictionary<string, string>> Uses => _uses;

    public static FeatureDependencies Of(Assembly assembly)
    {
        var dependencies = new FeatureDependencies();
        foreach (var type in assembly.GetTypes())
        {
            if (FeatureOf(type) is { } feature)
            {
                dependencies._uses.TryAdd(feature, new Dictionary<string, string>(StringComparer.Ordinal));
                foreach (var used in TypesUsedBy(type))
                {
                    if (FeatureOf(used) is { } usedFeature && usedFeature != feature)
                    {
                        dependencies._uses[feature].TryAdd(usedFeature, $"{type.FullName} → {used.FullName}");
                    }
                }
            }
        }

        return dependencies;
    }

    public bool Depends(string feature, string on) => _uses.TryGetValue(feature, out var used) && used.ContainsKey(on);

    /// <summary>Every cycle among features, each as the path that closes it (A → B → A), shortest first.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var cycles = new List<IReadOnlyList<string>>();
        foreach (var start in _uses.Keys.Order(StringComparer.Ordinal))
        {
            if (ShortestPath(start, start) is { } path && !cycles.Any(c => c.ToHashSet().SetEquals(path)))
            {
                cycles.Add(path);
            }
        }

        return [.. cycles.OrderBy(c => c.Count)];
    }

    public string Explain(IReadOnlyList<string> path) =>
        string.Join("\n", path.Zip(path.Skip(1), (from, to) => $"  {from} → {to}: {_uses[from][to]}"));

    private List<string>? ShortestPath(string from, string to)
    {
        var previous = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>([from]);
        while (queue.TryDequeue(out var current))
        {
            foreach (var next in _uses.GetValueOrDefault(current)?.Keys ?? Enumerable.Empty<string>())
            {
                if (next == to)
                {
                    var path = new List<string> { to, current };
                    while (current != from)
                    {
                        current = previous[current];
                        path.Add(current);
                    }

                    path.Reverse();
                    return path;
                }

                if (next != from && previous.TryAdd(next, current))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return null;
    }

    private static string? FeatureOf(Type type) =>
        type.Namespace is { } ns && ns.StartsWith(FeaturePrefix, StringComparison.Ordinal) ? ns[FeaturePrefix.Length..].Split('.')[0] : null;

    private static IEnumerable<Type> TypesUsedBy(Type type)
    {
        var direct = new List<Type>();
        direct.AddRange(type.GetInterfaces());
        if (type.BaseType is { } baseType)
        {
            direct.Add(baseType);
        }

        direct.AddRange(type.GetCustomAttributesData().Select(a => a.AttributeType));
        direct.AddRange(type.GetFields(Declared).Select(f => f.FieldType));
        direct.AddRange(type.GetProperties(Declared).Select(p => p.PropertyType));
        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method is MethodInfo info)
            {
                direct.Add(info.ReturnType);
            }

            direct.AddRange(method.GetParameters().Select(p => p.ParameterType));
            direct.AddRange(method.GetCustomAttributesData().Select(a => a.AttributeType));
            if (method.GetMethodBody() is { } body)
            {
                direct.AddRange(body.LocalVariables.Select(l => l.LocalType));
                direct.AddRange(NamedInIl(method, body));
            }
        }

        return direct.SelectMany(Expand);
    }

    /// <summary>The types of the members a method's IL names: calls, field access, casts, <c>typeof</c>, <c>new</c>.</summary>
    private static IEnumerable<Type> NamedInIl(MethodBase method, MethodBody body)
    {
        var il = body.GetILAsByteArray() ?? [];
        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var offset = 0; offset < il.Length;)
        {
            var value = (short)il[offset++];
            if (value == 0xFE)
            {
                value = (short)(0xFE00 | il[offset++]);
            }

            var opCode = OpCodesByValue[value];
            if (opCode.OperandType is OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineType or OperandType.InlineTok)
            {
                var member = method.Module.ResolveMember(BitConverter.ToInt32(il, offset), typeArguments, methodArguments);
                switch (member)
                {
                    case Type named:
                        yield return named;
                        break;
                    case FieldInfo field:
                        yield return field.DeclaringType!;
                        yield return field.FieldType;
                        break;
                    case MethodBase called:
                        yield return called.DeclaringType!;
                        foreach (var argument in called.IsGenericMethod ? called.GetGenericArguments() : [])
                        {
                            yield return argument;
                        }

                        break;
                }
            }

            offset += OperandSize(opCode, il, offset);
        }
    }

    private static int OperandSize(OpCode opCode, byte[] il, int offset) => opCode.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, offset)),
        _ => 4,
    };

    /// <summary>A type with the types it is made of: <c>List&lt;Channel&gt;</c> is also <c>Channel</c>.</summary>
    private static IEnumerable<Type> Expand(Type type)
    {
        if (type.IsGenericParameter)
        {
            yield break;
        }

        if (type.HasElementType)
        {
            foreach (var element in Expand(type.GetElementType()!))
            {
                yield return element;
            }

            yield break;
        }

        yield return type;
        if (type.IsConstructedGenericType)
        {
            foreach (var argument in type.GetGenericArguments().SelectMany(Expand))
            {
                yield return argument;
            }
        }
    }
}
