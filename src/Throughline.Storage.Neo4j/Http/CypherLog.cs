using System.Collections.Concurrent;
using System.Text.Json;

namespace Throughline.Storage.Neo4j.Http;

/// <summary>
/// When THROUGHLINE_CYPHER_LOG names a file, every distinct statement text sent is appended to it once per process as a
/// JSON line {name, text}, so CI can check what the store really sent with Neo4j's own parser.
/// </summary>
internal sealed class CypherLog(string path)
{
    private static readonly ConcurrentDictionary<string, CypherLog> ByPath = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _seen = new(StringComparer.Ordinal);
    private readonly Lock _write = new();

    public static CypherLog? FromEnvironment() =>
        Environment.GetEnvironmentVariable("THROUGHLINE_CYPHER_LOG") is { Length: > 0 } path
            ? ByPath.GetOrAdd(Path.GetFullPath(path), p => new CypherLog(p))
            : null;

    public void Record(IEnumerable<CypherStatement> statements)
    {
        foreach (var statement in statements)
        {
            if (!_seen.TryAdd(statement.Text, true))
            {
                continue;
            }

            var line = JsonSerializer.Serialize(new { name = statement.Name, text = statement.Text }) + "\n";
            lock (_write)
            {
                File.AppendAllText(path, line);
            }
        }
    }
}
