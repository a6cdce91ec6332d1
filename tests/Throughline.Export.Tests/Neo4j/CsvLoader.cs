using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.VisualBasic.FileIO;

namespace Throughline.Export.Tests.Neo4j;

/// <summary>
/// Loads a Neo4j bulk-import zip into a server with LOAD CSV, reading the files' neo4j-admin headers the way
/// <c>neo4j-admin database import</c> does (<c>name:type</c>, <c>:ID(space)</c>, <c>:START_ID</c>/<c>:END_ID</c>,
/// <c>:LABEL</c>, <c>:TYPE</c>, arrays split on U+001F). The files are put in the server's import directory (LOAD CSV
/// over http fails on Neo4j 3.1 under Java 17: its HTTP client is in a module the JVM does not open).
/// Cypher 3.1 cannot take a label or type from data, so each distinct label set and relationship type gets its own
/// statement with the value as a literal.
/// </summary>
internal static class CsvLoader
{
    public static async Task LoadAsync(byte[] zip, string importDirectory, Uri server, string user, string password)
    {
        using var archive = new ZipArchive(new MemoryStream(zip));
        var files = archive.Entries.ToDictionary(e => e.Name, e => Read(e), StringComparer.Ordinal);
        Directory.CreateDirectory(importDirectory);
        foreach (var (name, bytes) in files)
        {
            await File.WriteAllBytesAsync(Path.Combine(importDirectory, name), bytes);
        }

        var baseUri = new Uri("file:///");
        using var http = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromMinutes(5) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        foreach (var name in new[] { "articles.csv", "entities.csv", "claims.csv" })
        {
            foreach (var statement in NodeStatements(files[name], new Uri(baseUri, name)))
            {
                await RunAsync(http, statement);
            }
        }

        foreach (var name in new[] { "relations.csv", "within.csv", "cites.csv" })
        {
            foreach (var statement in RelationshipStatements(files[name], new Uri(baseUri, name)))
            {
                await RunAsync(http, statement);
            }
        }
    }

    private static IEnumerable<string> NodeStatements(byte[] file, Uri url)
    {
        var (header, rows) = Parse(file);
        var labelColumn = Array.IndexOf(header, ":LABEL");
        foreach (var labels in rows.Select(r => r[labelColumn]).Distinct(StringComparer.Ordinal))
        {
            var sets = header.Select((h, i) => (h, i)).Where(c => c.h != ":LABEL").Select(c => $"n.`{Name(c.h)}` = {Value(c.h)}");
            yield return $"LOAD CSV WITH HEADERS FROM '{url}' AS row WITH row WHERE row.`:LABEL` = '{Escape(labels)}' " +
                $"CREATE (n:{string.Join(':', labels.Split('\u001F'))}) SET {string.Join(", ", sets)}";
        }
    }

    private static IEnumerable<string> RelationshipStatements(byte[] file, Uri url)
    {
        var (header, rows) = Parse(file);
        var start = header.Single(h => h.StartsWith(":START_ID", StringComparison.Ordinal));
        var end = header.Single(h => h.StartsWith(":END_ID", StringComparison.Ordinal));
        var typeColumn = Array.IndexOf(header, ":TYPE");
        var props = header.Where(h => !h.StartsWith(':')).Select(h => $"r.`{Name(h)}` = {Value(h)}").ToList();
        foreach (var type in rows.Select(r => r[typeColumn]).Distinct(StringComparer.Ordinal))
        {
            yield return $"LOAD CSV WITH HEADERS FROM '{url}' AS row WITH row WHERE row.`:TYPE` = '{Escape(type)}' " +
                $"MATCH (a:{Space(start)} {{id: row.`{start}`}}), (b:{Space(end)} {{id: row.`{end}`}}) CREATE (a)-[r:{type}]->(b)" +
                (props.Count > 0 ? $" SET {string.Join(", ", props)}" : string.Empty);
        }
    }

    /// <summary>"id:ID(Entity)" → id; "confidence:double" → confidence.</summary>
    private static string Name(string column) => column.Split(':')[0];

    /// <summary>The ID space in parentheses, which the export names after the nodes' label.</summary>
    private static string Space(string column) => column[(column.IndexOf('(', StringComparison.Ordinal) + 1)..^1];

    private static string Value(string column)
    {
        var type = column.Contains(':', StringComparison.Ordinal) ? column.Split(':')[1] : "string";
        var field = $"row.`{column}`";
        return type switch
        {
            "double" => $"toFloat({field})",
            "long" or "int" => $"toInteger({field})",
            "string[]" => $"split({field}, '\\u001F')",
            "long[]" or "int[]" => $"[x IN split({field}, '\\u001F') | toInteger(x)]",
            // toBoolean() is newer than 3.1.
            "boolean" => $"CASE {field} WHEN 'true' THEN true WHEN 'false' THEN false END",
            _ => field, // string, and the ID column, whose value is the id property
        };
    }

    private static string Escape(string literal) => literal.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)
        .Replace("\u001F", "\\u001F", StringComparison.Ordinal);

    private static (string[] Header, List<string[]> Rows) Parse(byte[] file)
    {
        using var parser = new TextFieldParser(new MemoryStream(file)) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        return (header, rows);
    }

    private static async Task RunAsync(HttpClient http, string statement)
    {
        var body = JsonSerializer.Serialize(new { statements = new[] { new { statement } } });
        using var response = await http.PostAsync("db/data/transaction/commit", new StringContent(body, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(text);
        if (!response.IsSuccessStatusCode || json.RootElement.GetProperty("errors").GetArrayLength() > 0)
        {
            throw new InvalidOperationException($"LOAD CSV failed: {text}\n{statement}");
        }
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
