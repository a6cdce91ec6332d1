using System.Text.Json;

namespace Throughline.Storage.Neo4j.Http;

/// <summary>
/// A statement to run: <see cref="Name"/> is the cypher/ file it came from, so a server error can name it.
/// User input travels only in <see cref="Parameters"/>, never in <see cref="Text"/>.
/// </summary>
public sealed record CypherStatement(string Name, string Text, IReadOnlyDictionary<string, object?> Parameters);

/// <summary>A statement's result: column names and rows of JSON values.</summary>
public sealed record CypherResult(IReadOnlyList<string> Columns, IReadOnlyList<JsonElement[]> Rows)
{
    public JsonElement Value(JsonElement[] row, string column)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i] == column)
            {
                return row[i];
            }
        }

        throw new KeyNotFoundException($"the result has no column '{column}' (columns: {string.Join(", ", Columns)})");
    }
}
