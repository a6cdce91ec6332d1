using System.Globalization;
using Throughline.Core.Model;

namespace Throughline.Core.SeedData;

/// <summary>
/// Reads one YAML mapping field by field, reporting wrong shapes and values against the line they were written on.
/// Keys outside <c>allowedKeys</c> are reported up front: a misspelt optional key would otherwise be silently ignored.
/// </summary>
internal sealed class YamlMap
{
    // A mapping holds a handful of keys: a scan of a short list is cheaper than a dictionary per mapping (millions in a
    // large import). Both parsers refuse duplicate keys, so each key is here once; every kept key is a scalar.
    private readonly List<KeyValuePair<SeedNode, SeedNode>> _entries;
    private readonly ProblemList _problems;

    public YamlMap(SeedMapping node, string file, ProblemList problems, IReadOnlyCollection<string> allowedKeys, string what)
    {
        File = file;
        _problems = problems;
        At = Yaml.Location(file, node);
        _entries = new(node.Entries.Count);
        foreach (var entry in node.Entries)
        {
            if (entry.Key is not SeedScalar { Value: var key })
            {
                problems.Add(Yaml.Location(file, entry.Key), $"{what} keys must be plain names");
            }
            else if (!allowedKeys.Contains(key))
            {
                problems.Add(Yaml.Location(file, entry.Key), $"unknown key '{key}' in {what}{Suggestion(key, allowedKeys)}");
            }
            else
            {
                _entries.Add(entry);
            }
        }
    }

    public string File { get; }

    public SeedLocation At { get; }

    public bool Has(string key) => Find(key) is not null;

    /// <summary>The line of the key, or of the mapping when the key is absent.</summary>
    public SeedLocation LineOf(string key) => Find(key) is { } e ? Yaml.Location(File, e.Key) : At;

    public SeedNode? Node(string key) => Find(key) is { } e && !Yaml.IsNull(e.Value) ? e.Value : null;

    private KeyValuePair<SeedNode, SeedNode>? Find(string key)
    {
        foreach (var entry in _entries)
        {
            if (((SeedScalar)entry.Key).Value == key)
            {
                return entry;
            }
        }

        return null;
    }

    public string? Text(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required)
            {
                _problems.Add(At, $"missing '{key}'");
            }

            return null;
        }

        if (node is SeedScalar scalar)
        {
            return scalar.Value;
        }

        _problems.Add(LineOf(key), $"'{key}' must be a single value");
        return null;
    }

    /// <summary>A list written as a YAML sequence of values or as one value.</summary>
    public IReadOnlyList<string> TextList(string key)
    {
        switch (Node(key))
        {
            case null:
                return [];
            case SeedScalar scalar:
                return [scalar.Value];
            case SeedSequence sequence:
                var items = new List<string>();
                foreach (var item in sequence.Items)
                {
                    if (item is SeedScalar { Value: { Length: > 0 } value })
                    {
                        items.Add(value);
                    }
                    else
                    {
                        _problems.Add(Yaml.Location(File, item), $"'{key}' must list single values");
                    }
                }

                return items;
            default:
                _problems.Add(LineOf(key), $"'{key}' must be a list of values");
                return [];
        }
    }

    public double? Number(string key)
    {
        var text = Text(key);
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        _problems.Add(LineOf(key), $"'{key}' must be a number, not '{text}'");
        return null;
    }

    /// <summary>A true/false value; absent is false.</summary>
    public bool Flag(string key)
    {
        var text = Text(key);
        switch (text)
        {
            case null or "false":
                return false;
            case "true":
                return true;
            default:
                _problems.Add(LineOf(key), $"'{key}' must be true or false, not '{text}'");
                return false;
        }
    }

    /// <summary>A value that must name a member of <typeparamref name="T"/> by its wire name (AT_LEAST for AtLeast).</summary>
    public T? Choice<T>(string key)
        where T : struct, Enum
    {
        var text = Text(key);
        if (text is null)
        {
            return null;
        }

        foreach (var value in Enum.GetValues<T>())
        {
            if (WireName(value) == text)
            {
                return value;
            }
        }

        _problems.Add(LineOf(key), $"unknown {key} '{text}' (expected one of: {string.Join(", ", Enum.GetValues<T>().Select(v => WireName(v)))})");
        return null;
    }

    /// <summary>SCREAMING_SNAKE_CASE of a PascalCase enum member (NoComment → NO_COMMENT), as YAML and GraphQL spell it.</summary>
    public static string WireName<T>(T value)
        where T : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));

    public PartialDate? Date(string key)
    {
        var text = Text(key);
        if (text is null)
        {
            return null;
        }

        if (PartialDate.TryParse(text, out var date, out var error))
        {
            return date;
        }

        _problems.Add(LineOf(key), $"'{key}': {error}");
        return null;
    }

    private static string Suggestion(string key, IReadOnlyCollection<string> allowedKeys)
    {
        var best = allowedKeys.MinBy(k => Distance(key.ToUpperInvariant(), k.ToUpperInvariant()));
        return best is not null && Distance(key.ToUpperInvariant(), best.ToUpperInvariant()) <= 3
            ? $" (did you mean '{best}'?)"
            : $" (expected one of: {string.Join(", ", allowedKeys)})";
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
