using System.Globalization;
using Microsoft.Data.Sqlite;
using Throughline.Core.Model;
using Throughline.Core.Storage;

namespace Throughline.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <summary>Upserts the batch in one IMMEDIATE transaction, statements prepared once and reused for every row.</summary>
    public Task<ImportResult> ApplyAsync(ImportBatch batch, CancellationToken ct = default) => ApplyAsync(batch, null, ct);

    /// <summary>As <see cref="ApplyAsync(ImportBatch, CancellationToken)"/>, reporting the records written every few thousand rows.</summary>
    public Task<ImportResult> ApplyAsync(ImportBatch batch, IProgress<long>? progress, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return Run(connection => Apply(connection, batch, progress, ct), ct);
    }

    private ImportResult Apply(SqliteConnection connection, ImportBatch batch, IProgress<long>? progress, CancellationToken ct)
    {
        Execute(connection, "PRAGMA cache_size = -65536"); // 64 MiB: index pages of a large batch stay in memory
        using var transaction = connection.BeginTransaction(deferred: false);
        var tally = new int[3];
        using (var articles = new Upsert(connection, transaction, "articles",
            "id", "title", "outlet", "authors", "url", "published", "republishes", "cites", "text"))
        {
            foreach (var a in batch.Articles)
            {
                Guard(ct, tally, progress);
                tally[(int)Write(a.Id, "article", () => articles.Write(
                    a.Id, a.Title, a.Outlet, JsonColumns.Strings(a.Authors), a.Url, a.Published?.ToString(), a.Republishes,
                    JsonColumns.Strings(a.Cites), a.Text))]++;
            }
        }

        using (var entities = new Upsert(connection, transaction, "entities",
            "id", "name", "name_folded", "kind", "aliases", "country", "description", "located_in"))
        using (var names = new ChildRows(connection, transaction, "entity_names", "entity_id", "ordinal", "folded"))
        {
            foreach (var e in batch.Entities)
            {
                Guard(ct, tally, progress);
                var outcome = Write(e.Id, "entity", () => entities.Write(
                    e.Id, e.Name, Fold(e.Name), (int)e.Kind, JsonColumns.Strings(e.Aliases), e.Country, e.Description, e.LocatedIn));
                if (outcome != UpsertOutcome.Unchanged)
                {
                    names.Replace(e.Id, outcome == UpsertOutcome.Updated, e.Names.Select(Fold).Distinct(StringComparer.Ordinal).ToList<object>());
                }

                tally[(int)outcome]++;
            }
        }

        using (var relations = new Upsert(connection, transaction, "relations",
            "id", "type", "from_id", "to_id", "status", "confidence", "valid_from", "valid_to", "stake_percent",
            "amount_value", "amount_currency", "product", "note", "evidence"))
        using (var evidence = new ChildRows(connection, transaction, "evidence", "relation_id", "ordinal", "article_id"))
        {
            foreach (var r in batch.Relations)
            {
                Guard(ct, tally, progress);
                var outcome = Write(r.Id, "relation", () => relations.Write(
                    r.Id, (int)r.Type, r.From, r.To, (int)r.Status, r.Confidence, r.ValidFrom?.ToString(), r.ValidTo?.ToString(),
                    r.StakePercent, r.Amount?.Value.ToString(CultureInfo.InvariantCulture), r.Amount?.Currency, r.Product, r.Note,
                    JsonColumns.Evidence(r.Evidence)));
                if (outcome != UpsertOutcome.Unchanged)
                {
                    Write(r.Id, "relation", () =>
                    {
                        evidence.Replace(r.Id, outcome == UpsertOutcome.Updated, r.Evidence.Select(x => (object)x.ArticleId).ToList());
                        return outcome;
                    });
                }

                tally[(int)outcome]++;
            }
        }

        Write("(batch)", "batch", () =>
        {
            transaction.Commit(); // deferred constraints (a place's locatedIn) are checked here
            return UpsertOutcome.Unchanged;
        });
        return new ImportResult(tally[0], tally[1], tally[2]);
    }

    /// <summary>Names the record a constraint rejected; the transaction is rolled back when it is disposed.</summary>
    private UpsertOutcome Write(string id, string what, Func<UpsertOutcome> write)
    {
        try
        {
            return write();
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 19)
        {
            throw new GraphStoreException($"{Path}: {what} '{id}' was rejected ({e.Message}); nothing from this batch was written", e);
        }
    }

    /// <summary>Every 4096 records: honour cancellation (the transaction then rolls back) and report progress.</summary>
    private static void Guard(CancellationToken ct, int[] tally, IProgress<long>? progress)
    {
        var done = tally[0] + tally[1] + tally[2];
        if (done % 4096 == 0)
        {
            ct.ThrowIfCancellationRequested();
            progress?.Report(done);
        }
    }

    internal static string Fold(string text) => text.Trim().ToLowerInvariant();
}
