using System.Collections.Frozen;
using System.Reflection;
using Throughline.Storage.Neo4j.Http;

namespace Throughline.Storage.Neo4j.Cypher;

/// <summary>
/// The statements of cypher/, embedded in this assembly and looked up by file name without extension ("get-entities").
/// Statement text is fixed; user input travels only in parameters.
/// </summary>
internal static class CypherLibrary
{
    private const string Prefix = "cypher/";

    private static readonly FrozenDictionary<string, string> Texts = Load();

    public static IEnumerable<string> Names => Texts.Keys;

    public static string Text(string name) =>
        Texts.TryGetValue(name, out var text)
            ? text
            : throw new InvalidOperationException($"cypher/{name}.cypher is not embedded in {typeof(CypherLibrary).Assembly.GetName().Name}");

    public static CypherStatement Statement(string name, Dictionary<string, object?> parameters) =>
        new($"cypher/{name}.cypher", Text(name), parameters);

    /// <summary>The statements of a file holding several, each ended by ';' at the end of a line (the schema files).</summary>
    public static IReadOnlyList<CypherStatement> Script(string name) =>
        Text(name).Split('\n')
            .Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal))
            .Aggregate(new List<string> { string.Empty }, (parts, line) =>
            {
                parts[^1] += line + "\n";
                if (line.TrimEnd().EndsWith(';'))
                {
                    parts.Add(string.Empty);
                }

                return parts;
            })
            .Select(part => part.Trim().TrimEnd(';').Trim())
            .Where(part => part.Length > 0)
            .Select(text => new CypherStatement($"cypher/{name}.cypher", text, new Dictionary<string, object?>()))
            .ToList();

    private static FrozenDictionary<string, string> Load()
    {
        var assembly = typeof(CypherLibrary).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".cypher", StringComparison.Ordinal))
            .ToFrozenDictionary(n => n[Prefix.Length..^".cypher".Length], n => Read(assembly, n), StringComparer.Ordinal);
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
