using Microsoft.Data.Sqlite;
using Throughline.Core.Drafts;
using Throughline.Core.Storage;

namespace Throughline.Storage.Sqlite;

/// <summary>Drafts in their own table (schema 5), one JSON document per draft; the graph's tables never see them.</summary>
public sealed partial class SqliteGraphStore : IDraftStore
{
    public Task<Draft> AddDraftAsync(Draft draft, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var stored = draft with { Revision = 1 };
        return Run(connection =>
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO drafts (id, revision, created_at, document) VALUES ($id, 1, $at, $doc) ON CONFLICT (id) DO NOTHING";
            insert.Parameters.AddWithValue("$id", stored.Id);
            insert.Parameters.AddWithValue("$at", stored.CreatedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            insert.Parameters.AddWithValue("$doc", DraftJson.Write(stored));
            return insert.ExecuteNonQuery() == 1
                ? stored
                : throw new DraftConflictException($"a draft with id '{stored.Id}' is already stored");
        }, ct);
    }

    public Task<Draft?> GetDraftAsync(string id, CancellationToken ct = default) =>
        Run(connection => ReadDrafts(connection, "SELECT id, document FROM drafts WHERE id = $id", id).FirstOrDefault(), ct);

    public Task<IReadOnlyList<Draft>> ListDraftsAsync(CancellationToken ct = default) =>
        Run<IReadOnlyList<Draft>>(connection => ReadDrafts(connection, "SELECT id, document FROM drafts ORDER BY id", null), ct);

    public Task<Draft> UpdateDraftAsync(Draft draft, ImportBatch? accepted, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (_pinned is not null)
        {
            return Task.FromException<Draft>(new GraphStoreException($"{Path}: a read snapshot of the store cannot write"));
        }

        var next = draft with { Revision = draft.Revision + 1 };
        if (accepted is null)
        {
            return Run(connection =>
            {
                using var transaction = connection.BeginTransaction(deferred: false);
                WriteDraft(connection, draft.Revision, next);
                transaction.Commit();
                return next;
            }, ct);
        }

        return Run(connection =>
        {
            Apply(connection, accepted, null, ct, c => WriteDraft(c, draft.Revision, next));
            return next;
        }, ct);
    }

    /// <summary>Replaces the draft only at the revision the caller read; anything else rolls the transaction back.</summary>
    private static void WriteDraft(SqliteConnection connection, long expected, Draft next)
    {
        using var update = connection.CreateCommand();
        update.CommandText = "UPDATE drafts SET revision = $next, document = $doc WHERE id = $id AND revision = $expected";
        update.Parameters.AddWithValue("$id", next.Id);
        update.Parameters.AddWithValue("$next", next.Revision);
        update.Parameters.AddWithValue("$expected", expected);
        update.Parameters.AddWithValue("$doc", DraftJson.Write(next));
        if (update.ExecuteNonQuery() != 1)
        {
            throw new DraftConflictException(
                $"draft '{next.Id}' is not stored at revision {expected} (another review changed it, or it is gone); nothing was written");
        }
    }

    private List<Draft> ReadDrafts(SqliteConnection connection, string sql, string? id)
    {
        using var select = connection.CreateCommand();
        select.CommandText = sql;
        if (id is not null)
        {
            select.Parameters.AddWithValue("$id", id);
        }

        var drafts = new List<Draft>();
        using var reader = select.ExecuteReader();
        while (reader.Read())
        {
            drafts.Add(DraftJson.Read(reader.GetString(1), $"{Path}: draft '{reader.GetString(0)}'"));
        }

        return drafts;
    }
}
