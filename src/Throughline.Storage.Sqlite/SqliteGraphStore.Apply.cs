using Microsoft.Data.Sqlite;
using Throughline.Core.Storage;

namespace Throughline.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    public Task<ImportResult> ApplyAsync(ImportBatch batch, CancellationToken ct = default) => ApplyAsync(batch, null, ct);

    /// <summary>As <see cref="ApplyAsync(ImportBatch, CancellationToken)"/>, reporting the records written every few thousand rows.</summary>
    public Task<ImportResult> ApplyAsync(ImportBatch batch, IProgress<long>? progress, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (_pinned is not null)
        {
            return Task.FromException<ImportResult>(new GraphStoreException($"{Path}: a read snapshot of the store cannot write"));
        }

        return Run(connection => Apply(connection, batch, progress, ct), ct);
    }

    /// <summary>
    /// Upserts the batch in one IMMEDIATE transaction, statements prepared once and reused for every row. A large batch
    /// into an empty store takes the bulk path (<see cref="BulkLoad"/>); either way a rejected record rolls back everything.
    /// </summary>
    private ImportResult Apply(
        SqliteConnection connection, ImportBatch batch, IProgress<long>? progress, CancellationToken ct, Action<SqliteConnection>? beforeCommit = null)
    {
        Execute(connection, "PRAGMA cache_size = -65536"); // 64 MiB: index pages of a large batch stay in memory
        using var bulk = BulkLoad.Prepare(connection, batch.Relations.Count);
        using var transaction = connection.BeginTransaction(deferred: false);
        var tally = new Tally(progress, ct);
        var log = new ChangeLog();
        // What is being written, for the error message; kept as parts so no string is built per row.
        var (kind, id) = ("the batch", (string?)null);
        try
        {
            bulk?.DropIndexes(connection);
            using (var articles = new Upsert<Core.Model.Article>(connection, "articles", Bindings.Article, Bindings.ArticleColumns))
            {
                foreach (var a in batch.Articles)
                {
                    (kind, id) = ("article", a.Id);
                    var outcome = articles.Write(a);
                    log.Add(ChangeKind.Article, a.Id, outcome);
                    tally.Add(outcome);
                }
            }

            using var keys = new EntityKeys(connection, Path);
            using (var entities = new Upsert<Core.Model.Entity>(connection, "entities", Bindings.Entity, Bindings.EntityColumns))
            using (var names = new ChildRows(connection, "entity_names", "entity_id", "ordinal", "folded"))
            using (var search = new NameSearchRows(connection))
            {
                var folded = new List<string>();
                foreach (var e in IdOrder.Sort(batch.Entities, static e => e.Id))
                {
                    (kind, id) = ("entity", e.Id);
                    var outcome = entities.Write(e);
                    if (outcome == UpsertOutcome.Inserted)
                    {
                        keys.Inserted(e.Id, entities.InsertedRowId);
                    }

                    if (outcome != UpsertOutcome.Unchanged)
                    {
                        names.Begin(e.Id, outcome == UpsertOutcome.Updated);
                        folded.Clear();
                        foreach (var name in e.Names)
                        {
                            var fold = Fold(name);
                            if (!folded.Contains(fold, StringComparer.Ordinal))
                            {
                                names.Add(folded.Count, fold);
                                folded.Add(fold);
                            }
                        }

                        search.Write(outcome == UpsertOutcome.Inserted ? entities.InsertedRowId : keys.Existing(e.Id), outcome == UpsertOutcome.Updated, folded);
                    }

                    log.Add(ChangeKind.Entity, e.Id, outcome);
                    tally.Add(outcome);
                }
            }

            var sortedRelations = IdOrder.Sort(batch.Relations, static r => r.Id);
            var (fromKeys, toKeys) = keys.Known(sortedRelations);
            using (var relations = new Upsert<KeyedRelation>(connection, "relations", Bindings.Relation, Bindings.RelationColumns))
            using (var evidence = new ChildRows(connection, "evidence", "relation_id", "ordinal", "article_id"))
            {
                for (var at = 0; at < sortedRelations.Count; at++)
                {
                    var r = sortedRelations[at];
                    (kind, id) = ("relation", r.Id);
                    var from = fromKeys[at] != EntityKeys.Unknown ? fromKeys[at] : keys.Of(r.Id, "from", r.From);
                    var to = toKeys[at] != EntityKeys.Unknown ? toKeys[at] : keys.Of(r.Id, "to", r.To);
                    var outcome = relations.Write(new KeyedRelation(r, from, to));
                    if (outcome != UpsertOutcome.Unchanged)
                    {
                        evidence.Begin(r.Id, outcome == UpsertOutcome.Updated);
                        for (var i = 0; i < r.Evidence.Count; i++)
                        {
                            evidence.Add(i, r.Evidence[i].ArticleId);
                        }
                    }

                    log.Add(ChangeKind.Relation, r.Id, outcome);
                    tally.Add(outcome);
                }
            }

            (kind, id) = ("the batch (rebuilding indexes)", null);
            bulk?.RebuildIndexes(connection);
            bulk?.CheckReferences(connection, Path);
            ct.ThrowIfCancellationRequested();
            (kind, id) = ("the batch (version and change log)", null);
            log.Write(connection);
            // A write that belongs with the batch (a draft marking what it accepted) commits or rolls back with it.
            beforeCommit?.Invoke(connection);
            (kind, id) = ("the batch (a place's locatedIn names an entity that is not stored)", null); // deferred constraints are checked here
            transaction.Commit();
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 19)
        {
            var current = id is null ? kind : $"{kind} '{id}'";
            throw new GraphStoreException($"{Path}: {current} was rejected ({e.Message}); nothing from this batch was written", e);
        }

        return tally.Result;
    }

    internal static string Fold(string text) => text.Trim().ToLowerInvariant();

    /// <summary>Counts outcomes; every 4096 records honours cancellation (the transaction then rolls back) and reports progress.</summary>
    private sealed class Tally(IProgress<long>? progress, CancellationToken ct)
    {
        private readonly int[] _counts = new int[3];
        private long _done;

        public ImportResult Result => new(_counts[(int)UpsertOutcome.Inserted], _counts[(int)UpsertOutcome.Updated], _counts[(int)UpsertOutcome.Unchanged]);

        public void Add(UpsertOutcome outcome)
        {
            _counts[(int)outcome]++;
            if (++_done % 4096 == 0)
            {
                ct.ThrowIfCancellationRequested();
                progress?.Report(_done);
            }
        }
    }
}
