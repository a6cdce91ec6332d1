using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.Storage.Neo4j.Cypher;
using Throughline.Storage.Neo4j.Http;

namespace Throughline.Storage.Neo4j.Paths;

/// <summary>
/// Turns entity sequences found by Cypher into the contract's <see cref="GraphPath"/>s: reads every hop's qualifying
/// relations in one statement (both canonical orientations for ANY), then groups them per hop exactly as the path
/// engine's materializer does — relation ids in ordinal order, best confidence, disputed flag, product confidence
/// multiplied from the first hop on, first weakest hop.
/// </summary>
internal sealed class PathBuilder(Neo4jClient client, PathOptions options)
{
    public async Task<List<GraphPath>> BuildAsync(IReadOnlyList<string[]> sequences, CancellationToken ct)
    {
        if (sequences.Count == 0)
        {
            return [];
        }

        var pairs = new HashSet<(string From, string To)>();
        foreach (var ids in sequences)
        {
            for (var i = 0; i + 1 < ids.Length; i++)
            {
                foreach (var pair in Canonical(ids[i], ids[i + 1]))
                {
                    pairs.Add(pair);
                }
            }
        }

        var parameters = FilterParameters.Of(options);
        parameters["pairs"] = pairs.Select(p => new[] { p.From, p.To }).ToArray();
        var result = await client.RunAsync(CypherLibrary.Statement("path-hops", parameters), ct).ConfigureAwait(false);
        var relations = new Dictionary<(string From, string To), List<HopRelation>>();
        foreach (var row in result.Rows)
        {
            var key = (result.Value(row, "from").GetString()!, result.Value(row, "to").GetString()!);
            if (!relations.TryGetValue(key, out var list))
            {
                relations[key] = list = [];
            }

            list.Add(new HopRelation(
                result.Value(row, "id").GetString()!,
                result.Value(row, "confidence").GetDouble(),
                Enum.Parse<RelationStatus>(result.Value(row, "status").GetString()!),
                result.Value(row, "contested").ValueKind == System.Text.Json.JsonValueKind.True));
        }

        return [.. sequences.Select(ids => Path(ids, relations))];
    }

    private GraphPath Path(string[] ids, Dictionary<(string From, string To), List<HopRelation>> relations)
    {
        var hops = new PathHop[ids.Length - 1];
        var confidence = 1.0;
        var weakest = 0;
        for (var i = 0; i < hops.Length; i++)
        {
            var hop = Canonical(ids[i], ids[i + 1]).SelectMany(pair => relations.GetValueOrDefault(pair) ?? []).ToList();
            if (hop.Count == 0)
            {
                throw new InvalidOperationException($"Neo4j found a path through {ids[i]} → {ids[i + 1]} but no qualifying relation between them");
            }

            hops[i] = new PathHop(
                ids[i],
                ids[i + 1],
                [.. hop.Select(r => r.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                hop.Max(r => r.Confidence),
                !hop.Any(r => r.Status is RelationStatus.Reported or RelationStatus.Confirmed),
                hop.Any(r => r.Contested));
            confidence *= hops[i].Confidence;
            if (hops[i].Confidence < hops[weakest].Confidence)
            {
                weakest = i;
            }
        }

        return new GraphPath(ids, hops, confidence, weakest, hops.Any(h => h.Disputed));
    }

    /// <summary>The canonical (from, to) orientations whose relations make up a hop in the traversal direction.</summary>
    private IEnumerable<(string From, string To)> Canonical(string from, string to) => options.Direction switch
    {
        Direction.Outgoing => [(from, to)],
        Direction.Incoming => [(to, from)],
        _ => [(from, to), (to, from)],
    };

    private sealed record HopRelation(string Id, double Confidence, RelationStatus Status, bool Contested);
}
