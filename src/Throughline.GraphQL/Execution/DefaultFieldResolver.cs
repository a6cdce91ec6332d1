using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Execution;

/// <summary>
/// Resolves fields without a bound resolver: a dictionary's entry (by string key), a <see cref="JsonElement"/>'s property,
/// else the public instance property whose name matches the field name ignoring case. Anything else is null.
/// </summary>
public static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type, string), PropertyInfo?> Properties = new();

    public static FieldResolver Instance { get; } = context => ValueTask.FromResult(Resolve(context.Source, context.FieldName));

    /// <summary>The value of member <paramref name="name"/> of <paramref name="source"/>, or null.</summary>
    public static object? Resolve(object? source, string name)
    {
        switch (source)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> map:
                return map.TryGetValue(name, out var value) ? value : null;
            case IDictionary<string, object?> map:
                return map.TryGetValue(name, out var entry) ? entry : null;
            case JsonElement { ValueKind: JsonValueKind.Object } element:
                return element.TryGetProperty(name, out var property) ? property : null;
            case IDictionary untyped:
                return untyped.Contains(name) ? untyped[name] : null;
            case JsonElement or string:
                return null;
        }

        var info = Properties.GetOrAdd((source.GetType(), name), static key => FindProperty(key.Item1, key.Item2));
        return info?.GetValue(source);
    }

    // An exact-case match wins over others that differ only in case.
    private static PropertyInfo? FindProperty(Type type, string name)
    {
        var candidates = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0
                && string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            .ToList();
        return candidates.Find(p => p.Name == name) ?? candidates.FirstOrDefault();
    }
}
