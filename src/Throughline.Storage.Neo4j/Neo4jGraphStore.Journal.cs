using System.Text.Json;
using Throughline.Core.Model;
using Throughline.Core.Storage;
using Throughline.Storage.Neo4j.Cypher;
using Throughline.Storage.Neo4j.Http;
using Throughline.Storage.Neo4j.Mapping;

namespace Throughline.Storage.Neo4j;

/// <summary>
/// Journaled imports (cypher/README.md, "Imports"): a batch larger than one transaction is written in chunks, each
/// committing with its own undo record (ids it created, before-images of records it overwrote); a final transaction
/// publishes it (version bump + journal marked published). Until then a failure undoes the chunks, last first; an import
/// whose process died is undone by the next import or store start once its lease has run out.
/// </summary>
public sealed partial class Neo4jGraphStore
{
    private const int DiscardStep = 500;

    private async Task<ImportResult> ImportJournaledAsync(
        List<Article> articles, List<Entity> entities, List<Relation> relations, IProgress<long>? progress, CancellationToken ct)
    {
        await RecoverAsync(ct).ConfigureAwait(false);
        var import = NewTransactionId();
        var records = articles.Count + entities.Count + relations.Count;
        await BeginJournalAsync(import, records, ct).ConfigureAwait(false);
        var size = Math.Max(1, Options.ImportBatchSize);
        var results = new List<CypherResult>();
        long written = 0;
        var seq = 0;
        var publishing = false;
        try
        {
            foreach (var chunk in articles.Chunk(size))
            {
                var before = await GetArticlesAsync(Ids(chunk, a => a.Id), ct).ConfigureAwait(false);
                results.AddRange(await RunChunkAsync(
                    [
                        JournalChunk(import, seq++, "article", Created(chunk, before, a => a.Id), before.Select(a => Image(GraphRows.Article(a)))),
                        Rows("import-articles", chunk.Select(GraphRows.Article).ToArray(), import),
                    ],
                    ct).ConfigureAwait(false));
                progress?.Report(written += chunk.Length);
            }

            foreach (var chunk in entities.Chunk(size))
            {
                var before = await GetEntitiesAsync(Ids(chunk, e => e.Id), ct).ConfigureAwait(false);
                results.AddRange(await RunChunkAsync(
                    [
                        JournalChunk(import, seq++, "entity", Created(chunk, before, e => e.Id),
                            before.Select(e => Image(GraphRows.Entity(e), GraphRows.EntityPlace(e)))),
                        Rows("import-entities", chunk.Select(GraphRows.Entity).ToArray(), import),
                    ],
                    ct).ConfigureAwait(false));
                progress?.Report(written += chunk.Length);
            }

            // Nesting after every entity exists (a parent may come in a later chunk); the entities' undo records hold
            // their old nesting, so these transactions need none of their own.
            foreach (var chunk in entities.Chunk(size))
            {
                await RunChunkAsync(
                    [Heartbeat(import), Rows("import-entity-places", chunk.Select(GraphRows.EntityPlace).ToArray(), tx: null)], ct).ConfigureAwait(false);
            }

            foreach (var chunk in relations.Chunk(size))
            {
                var before = await GetRelationsAsync(Ids(chunk, r => r.Id), ct).ConfigureAwait(false);
                results.AddRange(await RunChunkAsync(
                    [
                        JournalChunk(import, seq++, "relation", Created(chunk, before, r => r.Id),
                            before.Select(r => Image(GraphRows.Relation(r), GraphRows.Citations(r)))),
                        Rows("import-relations", chunk.Select(GraphRows.Relation).ToArray(), import),
                    ],
                    ct).ConfigureAwait(false));
                progress?.Report(written += chunk.Length);
            }

            publishing = true;
            await _client.RunAsync(
                [
                    CypherLibrary.Statement("bump-version", new() { ["tx"] = import }),
                    CypherLibrary.Statement("journal-publish", new() { ["import"] = import }),
                    TrimChanges(),
                ],
                new CallOptions(Options.ImportTimeout),
                ct).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            await AbandonAsync(import, written, records, publishing, e).ConfigureAwait(false);
        }

        try
        {
            await DiscardJournalAsync(import, CancellationToken.None).ConfigureAwait(false);
        }
        catch (GraphStoreException)
        {
            // Published already: the leftover bookkeeping is removed by the next import or store start.
        }

        return Tally(results);
    }

    /// <summary>
    /// After a failure: if the publishing transaction committed after all (its answer was lost), the import stands;
    /// otherwise it is undone now, or, when the server is unreachable, left for recovery. Always throws, except in the
    /// first case.
    /// </summary>
    private async Task AbandonAsync(string import, long written, int records, bool publishing, Exception failure)
    {
        string? state;
        try
        {
            state = (await JournalStateAsync(CancellationToken.None).ConfigureAwait(false)).Journals
                .FirstOrDefault(j => j.Import == import)?.State;
        }
        catch (GraphStoreException)
        {
            state = null;
        }

        if (state == "published")
        {
            return;
        }

        try
        {
            await UndoAsync(import, CancellationToken.None).ConfigureAwait(false);
        }
        catch (GraphStoreException undo) when (publishing)
        {
            throw new GraphStoreException(
                $"Neo4j at {Options.Uri}: the import of {records} records failed while being published ({Reason(failure)}), and whether the " +
                $"publishing transaction committed cannot be told now ({undo.Message}). The store holds either the whole import or none of " +
                "it: when the store is next opened, a published import stands and an unpublished one is undone.",
                failure);
        }
        catch (GraphStoreException undo)
        {
            throw new GraphStoreException(
                $"Neo4j at {Options.Uri}: the import stopped after {written} of {records} records ({Reason(failure)}) and could not be undone now " +
                $"({undo.Message}). Nothing of it is published: it is undone when the store is next opened or the next import starts.",
                failure);
        }

        if (failure is OperationCanceledException)
        {
            throw failure;
        }

        throw new GraphStoreException(
            $"Neo4j at {Options.Uri}: the import stopped after {written} of {records} records and was undone, so the store holds what it held before: {Reason(failure)}",
            failure);
    }

    /// <summary>
    /// Finishes what earlier imports left: removes the bookkeeping of published ones, and undoes unpublished ones whose
    /// journal is gone or whose heartbeat is older than <see cref="Neo4jOptions.ImportLease"/> (their process died).
    /// A live import of another process is left alone. Returns how many imports were undone.
    /// </summary>
    public async Task<int> RecoverAsync(CancellationToken ct = default)
    {
        var (journals, chunked) = await JournalStateAsync(ct).ConfigureAwait(false);
        var undone = 0;
        foreach (var journal in journals)
        {
            if (journal.State == "published")
            {
                await DiscardJournalAsync(journal.Import, ct).ConfigureAwait(false);
            }
            else if (journal.IdleMilliseconds > Options.ImportLease.TotalMilliseconds)
            {
                await UndoAsync(journal.Import, ct).ConfigureAwait(false);
                undone++;
            }
        }

        // Chunks without a journal: an import undone by recovery while one more of its chunks was committing.
        foreach (var orphan in chunked.Where(i => journals.All(j => j.Import != i)))
        {
            await UndoAsync(orphan, ct).ConfigureAwait(false);
            undone++;
        }

        return undone;
    }

    private async Task BeginJournalAsync(string import, int records, CancellationToken ct)
    {
        try
        {
            await _client.RunAsync(
                [CypherLibrary.Statement("journal-begin", new() { ["import"] = import, ["records"] = records })], ct).ConfigureAwait(false);
        }
        catch (Neo4jException e) when (e.Code is "Neo.ClientError.Schema.ConstraintValidationFailed" or "Neo.ClientError.Schema.ConstraintViolation")
        {
            throw new GraphStoreException(
                $"Neo4j at {Options.Uri}: another large import is being written (one runs at a time); nothing was written. Try again when it has finished.", e);
        }
    }

    /// <summary>Undoes an unpublished import chunk by chunk, last first, one transaction each; resumable if interrupted.</summary>
    private async Task UndoAsync(string import, CancellationToken ct)
    {
        var chunks = await QueryAsync("journal-chunks", new() { ["import"] = import }, ct).ConfigureAwait(false);
        foreach (var seq in chunks.Rows.Select(row => row[0].GetInt64()).ToList())
        {
            var read = await QueryAsync("journal-chunk-read", new() { ["import"] = import, ["seq"] = seq }, ct).ConfigureAwait(false);
            if (read.Rows.Count == 0)
            {
                continue;
            }

            var row = read.Rows[0];
            var kind = read.Value(row, "kind").GetString();
            var created = read.Value(row, "created").EnumerateArray().Select(x => x.GetString()!).ToArray();
            var before = read.Value(row, "before").EnumerateArray().Select(x => JsonDocument.Parse(x.GetString()!).RootElement).ToArray();
            var statements = new List<CypherStatement>();
            var restore = before.Select(b => (object)b.GetProperty("row")).ToArray();
            var second = before.Select(b => (object)b.GetProperty("second")).ToArray();
            switch (kind)
            {
                case "article":
                    statements.Add(CypherLibrary.Statement("undo-articles", new() { ["ids"] = created }));
                    statements.Add(Rows("import-articles", restore, import));
                    break;
                case "entity":
                    statements.Add(CypherLibrary.Statement("undo-entities", new() { ["ids"] = created }));
                    statements.Add(Rows("import-entities", restore, import));
                    statements.Add(Rows("import-entity-places", second, tx: null));
                    break;
                default:
                    statements.Add(CypherLibrary.Statement("undo-relations", new() { ["ids"] = created }));
                    // import-relations links the restored claims' articles too; the citation rows also restore images
                    // written before it did (their rows name no articles).
                    statements.Add(Rows("import-relations", restore, import));
                    statements.Add(Rows("import-relation-citations", second, tx: null));
                    break;
            }

            statements.Add(CypherLibrary.Statement("journal-chunk-undone", new() { ["import"] = import, ["seq"] = seq }));
            await _client.RunAsync(statements, new CallOptions(Options.ImportTimeout), ct).ConfigureAwait(false);
        }

        await DiscardJournalAsync(import, ct).ConfigureAwait(false);
    }

    private async Task DiscardJournalAsync(string import, CancellationToken ct)
    {
        while (true)
        {
            var result = await QueryAsync("journal-discard", new() { ["import"] = import, ["limit"] = DiscardStep }, ct).ConfigureAwait(false);
            if (result.Rows[0][0].GetInt64() == 0)
            {
                return;
            }
        }
    }

    private async Task<(IReadOnlyList<JournalEntry> Journals, IReadOnlyList<string> Chunked)> JournalStateAsync(CancellationToken ct)
    {
        var result = await QueryAsync("journal-state", NoParameters, ct).ConfigureAwait(false);
        var row = result.Rows[0];
        var journals = result.Value(row, "journals").EnumerateArray()
            .Select(j => new JournalEntry(j.GetProperty("import").GetString()!, j.GetProperty("state").GetString(), j.GetProperty("idle").GetDouble()))
            .ToList();
        var chunked = result.Value(row, "chunked").EnumerateArray().Select(x => x.GetString()!).ToList();
        return (journals, chunked);
    }

    /// <summary>One chunk's transaction; a chunk whose journal was taken for abandoned and removed meanwhile fails the import.</summary>
    private async Task<IReadOnlyList<CypherResult>> RunChunkAsync(IReadOnlyList<CypherStatement> statements, CancellationToken ct)
    {
        var results = await _client.RunAsync(statements, new CallOptions(Options.ImportTimeout), ct).ConfigureAwait(false);
        if (results[0].Rows[0][0].GetInt64() == 0)
        {
            throw new GraphStoreException(
                "its journal was removed meanwhile (the import showed no life for longer than the import lease and another process undid it)");
        }

        return results;
    }

    private static CypherStatement JournalChunk(string import, int seq, string kind, string[] created, IEnumerable<string> before) =>
        CypherLibrary.Statement("journal-chunk", new()
        {
            ["import"] = import,
            ["seq"] = seq,
            ["kind"] = kind,
            ["created"] = created,
            ["before"] = before.ToArray(),
        });

    private static CypherStatement Heartbeat(string import) => CypherLibrary.Statement("journal-heartbeat", new() { ["import"] = import });

    /// <summary>A before-image: the import row that restores the record, and its nesting or citation row.</summary>
    private static string Image(Dictionary<string, object?> row, Dictionary<string, object?>? second = null) =>
        JsonSerializer.Serialize(new Dictionary<string, object?> { ["row"] = row, ["second"] = second });

    private static string[] Ids<T>(T[] chunk, Func<T, string> id) => [.. chunk.Select(id)];

    private static string[] Created<T>(T[] chunk, IReadOnlyList<T> before, Func<T, string> id)
    {
        var existed = before.Select(id).ToHashSet(StringComparer.Ordinal);
        return [.. chunk.Select(id).Where(i => !existed.Contains(i))];
    }

    private static string Reason(Exception e) => e is OperationCanceledException ? "it was cancelled" : e.Message;

    private sealed record JournalEntry(string Import, string? State, double IdleMilliseconds);
}
