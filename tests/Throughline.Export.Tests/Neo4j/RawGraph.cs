using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Throughline.Export.Tests.Neo4j;

/// <summary>
/// Everything in a Neo4j database as canonical JSON lines, one per node (sorted labels and every property) and one per
/// relationship (type, end ids, every property), sorted: two databases holding the same graph give the same lines.
/// Numbers are written as doubles, since a double property the store sends as JSON (1.0 serialises as 1) may come back
/// an integer, and an empty list is left out, since a bulk load cannot write one (an empty field is no property, for
/// neo4j-admin as for LOAD CSV) and the store reads a missing list as empty. So is a list of nothing but empty strings (a
/// claim's speakers when no evidence item names one): Neo4j 3.1's neo4j-import reads the field <c>""</c> of a string[]
/// column as no property, and the store reads a missing parallel list as every item's default, the same record. Any
/// other difference, down to a hash or a search key, shows.
/// </summary>
internal sealed class RawGraph(Uri server, string user, string password) : IDisposable
{
    private readonly HttpClient _http = new()
    {
        BaseAddress = server,
        Timeout = TimeSpan.FromMinutes(5),
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"))) },
    };

    public async Task<List<string>> DumpAsync()
    {
        // The store's own bookkeeping (its version, change feed, import journal and seed ledger) is not part of the graph
        // a bulk load carries; a new database gets it from its first write.
        var nodes = await QueryAsync("MATCH (n) WHERE NOT (n:Change OR n:GraphVersion OR n:ImportJournal OR n:JournalChunk OR n:SeedImport) RETURN labels(n), properties(n)");
        var relationships = await QueryAsync("MATCH (a)-[r]->(b) WHERE NOT (a:Change OR a:GraphVersion OR a:ImportJournal OR a:JournalChunk OR a:SeedImport OR b:Change OR b:GraphVersion OR b:ImportJournal OR b:JournalChunk OR b:SeedImport) RETURN type(r), a.id, b.id, properties(r)");
        return [.. nodes.Concat(relationships).Select(Canonical).Order(StringComparer.Ordinal)];
    }

    public Task ClearAsync() => QueryAsync("MATCH (n) DETACH DELETE n");

    private async Task<List<JsonElement>> QueryAsync(string statement)
    {
        var body = JsonSerializer.Serialize(new { statements = new[] { new { statement } } });
        using var response = await _http.PostAsync("db/data/transaction/commit", new StringContent(body, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(text);
        if (!response.IsSuccessStatusCode || json.RootElement.GetProperty("errors").GetArrayLength() > 0)
        {
            throw new InvalidOperationException($"{statement} failed: {text}");
        }

        return [.. json.RootElement.GetProperty("results")[0].GetProperty("data").EnumerateArray().Select(d => d.GetProperty("row").Clone())];
    }

    private static string Canonical(JsonElement row)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            var first = true;
            foreach (var column in row.EnumerateArray())
            {
                Write(writer, column, sortArrays: first); // a node's first column is its labels, a set
                first = false;
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter w, JsonElement e, bool sortArrays)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                w.WriteStartObject();
                foreach (var p in e.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    if (p.Value.ValueKind == JsonValueKind.Array
                        && p.Value.EnumerateArray().All(item => item.ValueKind == JsonValueKind.String && item.GetString()!.Length == 0))
                    {
                        continue;
                    }

                    w.WritePropertyName(p.Name);
                    Write(w, p.Value, sortArrays: false);
                }

                w.WriteEndObject();
                break;
            case JsonValueKind.Array:
                w.WriteStartArray();
                // Property lists keep their order (evidence is parallel lists).
                var items = e.EnumerateArray().ToList();
                foreach (var item in sortArrays ? items.OrderBy(i => i.GetString(), StringComparer.Ordinal) : items.AsEnumerable())
                {
                    Write(w, item, sortArrays: false);
                }

                w.WriteEndArray();
                break;
            case JsonValueKind.Number:
                w.WriteNumberValue(e.GetDouble());
                break;
            default:
                e.WriteTo(w);
                break;
        }
    }

    public void Dispose() => _http.Dispose();
}
