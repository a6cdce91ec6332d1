using Throughline.Core.Model;
using Throughline.Core.Storage;
using Throughline.Storage.Neo4j.Cypher;
using Throughline.Storage.Neo4j.Http;
using Throughline.Storage.Neo4j.Mapping;

namespace Throughline.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <summary>
    /// Upserts the batch in one transaction: every UNWIND statement of every record kind goes in one call, which commits
    /// or rolls back as a whole. References to entities and articles outside the batch are checked first, so a batch
    /// that would leave a relation dangling is rejected whole, naming every problem.
    /// </summary>
    public async Task<ImportResult> ApplyAsync(ImportBatch batch, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var articles = LastById(batch.Articles, a => a.Id);
        var entities = LastById(batch.Entities, e => e.Id);
        var relations = LastById(batch.Relations, r => r.Id);
        if (articles.Count + entities.Count + relations.Count == 0)
        {
            return new ImportResult(0, 0, 0);
        }

        if (BatchChecks.Problems(articles, entities, relations) is { Count: > 0 } problems)
        {
            throw new GraphStoreException(
                $"Neo4j at {Options.Uri}: the batch was rejected and nothing from it was written: {string.Join("; ", problems)}");
        }

        await CheckReferencesAsync(articles, entities, relations, ct).ConfigureAwait(false);
        var size = Math.Max(1, Options.ImportRowsPerStatement);
        var statements = new List<CypherStatement>();
        Add(statements, "import-articles", articles.Select(GraphRows.Article), size);
        Add(statements, "import-entities", entities.Select(GraphRows.Entity), size);
        Add(statements, "import-entity-places", entities.Select(GraphRows.EntityPlace), size);
        Add(statements, "import-relations", relations.Select(GraphRows.Relation), size);
        Add(statements, "import-relation-citations", relations.Select(GraphRows.Citations), size);
        var results = await _client.RunAsync(statements, new CallOptions(Options.ImportTimeout), ct).ConfigureAwait(false);
        var tally = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var result in results.Where(r => r.Columns.Contains("outcome")))
        {
            foreach (var row in result.Rows)
            {
                var outcome = result.Value(row, "outcome").GetString()!;
                tally[outcome] = tally.GetValueOrDefault(outcome) + result.Value(row, "n").GetInt32();
            }
        }

        return new ImportResult(tally.GetValueOrDefault("inserted"), tally.GetValueOrDefault("updated"), tally.GetValueOrDefault("unchanged"));
    }

    private async Task CheckReferencesAsync(
        List<Article> articles, List<Entity> entities, List<Relation> relations, CancellationToken ct)
    {
        var batchEntities = entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var batchArticles = articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var entityRefs = relations.SelectMany(r => new (string Record, string Id)[] { ($"relation '{r.Id}'", r.From), ($"relation '{r.Id}'", r.To) })
            .Concat(entities.Where(e => e.LocatedIn is not null).Select(e => (Record: $"entity '{e.Id}' (locatedIn)", Id: e.LocatedIn!)))
            .Where(x => !batchEntities.Contains(x.Id))
            .ToList();
        var articleRefs = relations.SelectMany(r => r.Evidence.Select(x => (Record: $"relation '{r.Id}' (evidence)", Id: x.ArticleId)))
            .Where(x => !batchArticles.Contains(x.Id))
            .ToList();
        if (entityRefs.Count + articleRefs.Count == 0)
        {
            return;
        }

        var results = await _client.RunAsync(
            [
                CypherLibrary.Statement("missing-entities", new() { ["ids"] = entityRefs.Select(x => x.Id).Distinct(StringComparer.Ordinal).ToArray() }),
                CypherLibrary.Statement("missing-articles", new() { ["ids"] = articleRefs.Select(x => x.Id).Distinct(StringComparer.Ordinal).ToArray() }),
            ],
            ct).ConfigureAwait(false);
        var missingEntities = results[0].Rows.Select(row => row[0].GetString()!).ToHashSet(StringComparer.Ordinal);
        var missingArticles = results[1].Rows.Select(row => row[0].GetString()!).ToHashSet(StringComparer.Ordinal);
        var problems = entityRefs.Where(x => missingEntities.Contains(x.Id)).Select(x => $"{x.Record} refers to entity '{x.Id}'")
            .Concat(articleRefs.Where(x => missingArticles.Contains(x.Id)).Select(x => $"{x.Record} refers to article '{x.Id}'"))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (problems.Count > 0)
        {
            throw new GraphStoreException(
                $"Neo4j at {Options.Uri}: the batch was rejected and nothing from it was written, because records refer to ids " +
                $"that are neither in the batch nor stored: {string.Join("; ", problems)}");
        }
    }

    private static void Add(List<CypherStatement> statements, string name, IEnumerable<Dictionary<string, object?>> rows, int size)
    {
        foreach (var chunk in rows.Chunk(size))
        {
            statements.Add(CypherLibrary.Statement(name, new() { ["rows"] = chunk }));
        }
    }

    /// <summary>A later record with an id already seen replaces the earlier one, as an upsert in order would.</summary>
    private static List<T> LastById<T>(IReadOnlyList<T> records, Func<T, string> id)
    {
        var at = new Dictionary<string, int>(StringComparer.Ordinal);
        var list = new List<T>(records.Count);
        foreach (var record in records)
        {
            if (at.TryGetValue(id(record), out var i))
            {
                list[i] = record;
            }
            else
            {
                at[id(record)] = list.Count;
                list.Add(record);
            }
        }

        return list;
    }
}
