using Throughline.Core.Model;
using Throughline.Core.Storage;
using Throughline.Storage.Neo4j.Cypher;
using Throughline.Storage.Neo4j.Http;
using Throughline.Storage.Neo4j.Mapping;

namespace Throughline.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <summary>Change entries a write transaction removes at most (each holds up to one import chunk's ids).</summary>
    private const int TrimStep = 500;

    public Task<ImportResult> ApplyAsync(ImportBatch batch, CancellationToken ct = default) => ApplyAsync(batch, progress: null, ct);

    /// <summary>
    /// Upserts the batch, all of it or none of it. A batch of at most <see cref="Neo4jOptions.ImportBatchSize"/> records
    /// is one transaction (every statement in one call, with the version bump). A larger one is a journaled import:
    /// bounded transactions that each record how to undo themselves, published by one final transaction, and undone
    /// if anything fails before that (cypher/README.md, "Imports"). References to entities and articles outside the
    /// batch are checked first, so a batch that would leave a relation dangling is rejected whole, naming every problem.
    /// </summary>
    public async Task<ImportResult> ApplyAsync(ImportBatch batch, IProgress<long>? progress, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var articles = LastById(batch.Articles, a => a.Id);
        var entities = LastById(batch.Entities, e => e.Id);
        var relations = LastById(batch.Relations, r => r.Id);
        var records = articles.Count + entities.Count + relations.Count;
        if (records == 0)
        {
            return new ImportResult(0, 0, 0);
        }

        if (BatchChecks.Problems(articles, entities, relations) is { Count: > 0 } problems)
        {
            throw new GraphStoreException(
                $"Neo4j at {Options.Uri}: the batch was rejected and nothing from it was written: {string.Join("; ", problems)}");
        }

        await CheckReferencesAsync(articles, entities, relations, ct).ConfigureAwait(false);
        var size = Math.Max(1, Options.ImportBatchSize);
        if (records > size)
        {
            return await ImportJournaledAsync(articles, entities, relations, progress, ct).ConfigureAwait(false);
        }

        var statements = OneTransaction(articles, entities, relations, size, first: null);
        var results = await _client.RunAsync(statements, new CallOptions(Options.ImportTimeout), ct).ConfigureAwait(false);
        progress?.Report(records);
        return Tally(results);
    }

    /// <summary>The statements of a batch written in one transaction, after <paramref name="first"/> (a guard that can abort it).</summary>
    private List<CypherStatement> OneTransaction(
        List<Article> articles, List<Entity> entities, List<Relation> relations, int size, CypherStatement? first)
    {
        var tx = NewTransactionId();
        var statements = new List<CypherStatement>();
        if (first is not null)
        {
            statements.Add(first);
        }

        Add(statements, "import-articles", articles.Select(GraphRows.Article), size, tx);
        Add(statements, "import-entities", entities.Select(GraphRows.Entity), size, tx);
        Add(statements, "import-entity-places", entities.Select(GraphRows.EntityPlace), size, tx: null);
        Add(statements, "import-relations", relations.Select(GraphRows.Relation), size, tx);
        statements.Add(CypherLibrary.Statement("bump-version", new() { ["tx"] = tx }));
        statements.Add(TrimChanges());
        return statements;
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
                CypherLibrary.Statement("existing-entities", new() { ["ids"] = entityRefs.Select(x => x.Id).Distinct(StringComparer.Ordinal).ToArray() }),
                CypherLibrary.Statement("existing-articles", new() { ["ids"] = articleRefs.Select(x => x.Id).Distinct(StringComparer.Ordinal).ToArray() }),
            ],
            ct).ConfigureAwait(false);
        var storedEntities = results[0].Rows.Select(row => row[0].GetString()!).ToHashSet(StringComparer.Ordinal);
        var storedArticles = results[1].Rows.Select(row => row[0].GetString()!).ToHashSet(StringComparer.Ordinal);
        var problems = entityRefs.Where(x => !storedEntities.Contains(x.Id)).Select(x => $"{x.Record} refers to entity '{x.Id}'")
            .Concat(articleRefs.Where(x => !storedArticles.Contains(x.Id)).Select(x => $"{x.Record} refers to article '{x.Id}'"))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (problems.Count > 0)
        {
            throw new GraphStoreException(
                $"Neo4j at {Options.Uri}: the batch was rejected and nothing from it was written, because records refer to ids " +
                $"that are neither in the batch nor stored: {string.Join("; ", problems)}");
        }
    }

    private static void Add(List<CypherStatement> statements, string name, IEnumerable<object> rows, int size, string? tx)
    {
        foreach (var chunk in rows.Chunk(size))
        {
            statements.Add(Rows(name, chunk, tx));
        }
    }

    private static CypherStatement Rows(string name, IReadOnlyList<object> rows, string? tx)
    {
        var parameters = new Dictionary<string, object?> { ["rows"] = rows };
        if (tx is not null)
        {
            parameters["tx"] = tx;
        }

        return CypherLibrary.Statement(name, parameters);
    }

    /// <summary>Inserted, updated and unchanged counts from the import statements' (outcome, n) rows.</summary>
    private static ImportResult Tally(IEnumerable<CypherResult> results)
    {
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

    /// <summary>The feed trim that follows bump-version in every write transaction (trim-changes.cypher).</summary>
    private CypherStatement TrimChanges() =>
        CypherLibrary.Statement("trim-changes", new() { ["keep"] = Math.Max(1, Options.ChangeFeedVersions), ["step"] = TrimStep });

    private static string NewTransactionId() => Guid.NewGuid().ToString("N");

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
