using System.Globalization;
using Microsoft.Data.Sqlite;
using Throughline.Core.Model;
using Throughline.Core.Storage;

namespace Throughline.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    public Task<ImportResult> ApplyAsync(ImportBatch batch, CancellationToken ct = default) => ApplyAsync(batch, null, ct);

    /// <summary>As <see cref="ApplyAsync(ImportBatch, CancellationToken)"/>, reporting the records written every few thousand rows.</summary>
    public Task<ImportResult> ApplyAsync(ImportBatch batch, IProgress<long>? progress, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return Run(connection => Apply(connection, batch, progress, ct), ct);
    }

    /// <summary>Upserts the batch in one IMMEDIATE transaction, statements prepared once and reused for every row.</summary>
    private ImportResult Apply(SqliteConnection connection, ImportBatch batch, IProgress<long>? progress, CancellationToken ct)
    {
        Execute(connection, "PRAGMA cache_size = -65536"); // 64 MiB: index pages of a large batch stay in memory
        using var transaction = connection.BeginTransaction(deferred: false);
        var tally = new Tally(progress, ct);
        var current = "the batch";
        try
        {
            using (var articles = new Upsert(connection, transaction, "articles",
                "id", "title", "outlet", "authors", "url", "published", "republishes", "cites", "text"))
            {
                foreach (var a in batch.Articles)
                {
                    current = $"article '{a.Id}'";
                    tally.Add(articles.Write(
                        a.Id, a.Title, a.Outlet, JsonColumns.Strings(a.Authors), a.Url, a.Published?.ToString(), a.Republishes,
                        JsonColumns.Strings(a.Cites), a.Text));
                }
            }

            using (var entities = new Upsert(connection, transaction, "entities",
                "id", "name", "name_folded", "kind", "aliases", "country", "description", "located_in"))
            using (var names = new ChildRows(connection, transaction, "entity_names", "entity_id", "ordinal", "folded"))
            {
                foreach (var e in batch.Entities.OrderBy(e => e.Id, StringComparer.Ordinal))
                {
                    current = $"entity '{e.Id}'";
                    var outcome = entities.Write(
                        e.Id, e.Name, Fold(e.Name), (int)e.Kind, JsonColumns.Strings(e.Aliases), e.Country, e.Description, e.LocatedIn);
                    if (outcome != UpsertOutcome.Unchanged)
                    {
                        names.Replace(e.Id, outcome == UpsertOutcome.Updated, e.Names.Select(Fold).Distinct(StringComparer.Ordinal).ToList<object>());
                    }

                    tally.Add(outcome);
                }
            }

            var bulk = BulkLoad.Begin(connection, transaction, batch.Relations.Count);
            using (var relations = new Upsert(connection, transaction, "relations",
                "id", "type", "from_id", "to_id", "status", "confidence", "valid_from", "valid_to", "stake_percent",
                "amount_value", "amount_currency", "product", "note", "evidence"))
            using (var evidence = new ChildRows(connection, transaction, "evidence", "relation_id", "ordinal", "article_id"))
            {
                // In id order the primary-key b-tree is appended to rather than split at random pages.
                foreach (var r in batch.Relations.OrderBy(r => r.Id, StringComparer.Ordinal))
                {
                    current = $"relation '{r.Id}'";
                    var outcome = relations.Write(
                        r.Id, (int)r.Type, r.From, r.To, (int)r.Status, r.Confidence, r.ValidFrom?.ToString(), r.ValidTo?.ToString(),
                        r.StakePercent, r.Amount?.Value.ToString(CultureInfo.InvariantCulture), r.Amount?.Currency, r.Product, r.Note,
                        JsonColumns.Evidence(r.Evidence));
                    if (outcome != UpsertOutcome.Unchanged)
                    {
                        evidence.Replace(r.Id, outcome == UpsertOutcome.Updated, r.Evidence.Select(x => (object)x.ArticleId).ToList());
                    }

                    tally.Add(outcome);
                }
            }

            current = "the batch (rebuilding indexes)";
            bulk?.End(connection, transaction);
            ct.ThrowIfCancellationRequested();
            current = "the batch (a place's locatedIn names an entity that is not stored)"; // deferred constraints are checked here
            transaction.Commit();
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 19)
        {
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
