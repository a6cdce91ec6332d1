using Throughline.Core.Drafts;
using Throughline.Core.Model;
using Throughline.Core.Storage;
using Throughline.Storage.Neo4j.Cypher;
using Throughline.Storage.Neo4j.Http;

namespace Throughline.Storage.Neo4j;

/// <summary>Drafts as <c>(:Draft)</c> nodes holding the draft as one JSON document, connected to nothing (cypher/README.md).</summary>
public sealed partial class Neo4jGraphStore : IDraftStore
{
    public async Task<Draft> AddDraftAsync(Draft draft, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var stored = draft with { Revision = 1 };
        var result = await QueryAsync("draft-add", new()
        {
            ["id"] = stored.Id,
            ["createdAt"] = stored.CreatedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["document"] = DraftJson.Write(stored),
        }, ct).ConfigureAwait(false);
        return result.Rows[0][0].GetBoolean()
            ? stored
            : throw new DraftConflictException($"a draft with id '{stored.Id}' is already stored");
    }

    public async Task<Draft?> GetDraftAsync(string id, CancellationToken ct = default)
    {
        var result = await QueryAsync("draft-get", new() { ["id"] = id }, ct).ConfigureAwait(false);
        return Drafts(result).FirstOrDefault();
    }

    public async Task<IReadOnlyList<Draft>> ListDraftsAsync(CancellationToken ct = default) =>
        Drafts(await QueryAsync("draft-list", NoParameters, ct).ConfigureAwait(false));

    public async Task<Draft> UpdateDraftAsync(Draft draft, ImportBatch? accepted, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var next = draft with { Revision = draft.Revision + 1 };
        var guard = CypherLibrary.Statement("draft-update", new()
        {
            ["id"] = next.Id,
            ["expected"] = draft.Revision,
            ["next"] = next.Revision,
            ["document"] = DraftJson.Write(next),
        });
        var statements = new List<CypherStatement> { guard };
        if (accepted is not null)
        {
            var articles = LastById(accepted.Articles, a => a.Id);
            var entities = LastById(accepted.Entities, e => e.Id);
            var relations = LastById(accepted.Relations, r => r.Id);
            // An accept is a handful of records: one transaction, never a journaled import, so the guard covers it all.
            var records = articles.Count + entities.Count + relations.Count;
            if (records > Math.Max(1, Options.ImportBatchSize))
            {
                throw new GraphStoreException(
                    $"Neo4j at {Options.Uri}: accepting {records} records at once exceeds one import transaction ({Options.ImportBatchSize}); accept fewer proposals at a time");
            }

            if (Mapping.BatchChecks.Problems(articles, entities, relations) is { Count: > 0 } problems)
            {
                throw new GraphStoreException($"Neo4j at {Options.Uri}: the batch was rejected and nothing from it was written: {string.Join("; ", problems)}");
            }

            await CheckReferencesAsync(articles, entities, relations, ct).ConfigureAwait(false);
            statements = OneTransaction(articles, entities, relations, Math.Max(1, Options.ImportBatchSize), guard);
        }

        try
        {
            await _client.RunAsync(statements, new CallOptions(Options.ImportTimeout), ct).ConfigureAwait(false);
        }
        catch (Neo4jException e) when (e.Code == "Neo.ClientError.Statement.ArithmeticError")
        {
            throw new DraftConflictException(
                $"draft '{next.Id}' is not stored at revision {draft.Revision} (another review changed it, or it is gone); nothing was written", e);
        }

        return next;
    }

    private static List<Draft> Drafts(CypherResult result) =>
        [.. result.Rows.Select(row => DraftJson.Read(result.Value(row, "document").GetString()!, $"Neo4j draft '{result.Value(row, "id").GetString()}'"))];
}
