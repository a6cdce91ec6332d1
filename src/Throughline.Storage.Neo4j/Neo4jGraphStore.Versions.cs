using Throughline.Core.Model;
using Throughline.Core.Storage;
using Throughline.Storage.Neo4j.Cypher;
using Throughline.Storage.Neo4j.Http;
using Throughline.Storage.Neo4j.Mapping;

namespace Throughline.Storage.Neo4j;

/// <summary>
/// The graph version and change feed (cypher/README.md, "Versions"): every write transaction that changes something ends
/// with bump-version, which moves the :GraphVersion node on by one and numbers the transaction's :Change entries (the
/// ids it inserted or updated). Every process over the same server sees every other's writes through them.
/// </summary>
public sealed partial class Neo4jGraphStore : IVersionedStore
{
    public async Task<long> GetVersionAsync(CancellationToken ct = default) =>
        (await QueryAsync("graph-version", NoParameters, ct).ConfigureAwait(false)).Rows[0][0].GetInt64();

    /// <summary>
    /// The records written after <paramref name="sinceVersion"/>, read by id after the feed's ids (so they may already
    /// include a later write: applying them is still right, and the next call brings that write again). Null when the
    /// gap holds more than <see cref="Neo4jOptions.MaxChangeFeedRecords"/> ids or the version is not one the store had.
    /// </summary>
    public async Task<StoreChanges?> GetChangesSinceAsync(long sinceVersion, CancellationToken ct = default)
    {
        var feed = await QueryAsync("changes-since", new() { ["since"] = sinceVersion, ["maxIds"] = Options.MaxChangeFeedRecords }, ct)
            .ConfigureAwait(false);
        var row = feed.Rows[0];
        var version = feed.Value(row, "version").GetInt64();
        if (sinceVersion > version || sinceVersion < 0 || feed.Value(row, "total").GetInt64() > Options.MaxChangeFeedRecords)
        {
            return null;
        }

        string[] Flatten(string column) =>
            [.. feed.Value(row, column).EnumerateArray().SelectMany(ids => ids.EnumerateArray()).Select(id => id.GetString()!).Distinct(StringComparer.Ordinal)];
        var (articleIds, entityIds, relationIds) = (Flatten("articles"), Flatten("entities"), Flatten("relations"));
        if (articleIds.Length + entityIds.Length + relationIds.Length == 0)
        {
            return new StoreChanges(version, new ImportBatch([], [], []));
        }

        var results = await _client.RunAsync(
            [
                CypherLibrary.Statement("get-articles", new() { ["ids"] = articleIds }),
                CypherLibrary.Statement("get-entities", new() { ["ids"] = entityIds }),
                CypherLibrary.Statement("get-relations", new() { ["ids"] = relationIds }),
            ],
            new CallOptions(Options.ImportTimeout),
            ct).ConfigureAwait(false);
        return new StoreChanges(version, new ImportBatch(
            Ordered(Read(results[0], GraphReader.Article), a => a.Id),
            Ordered(Read(results[1], GraphReader.Entity), e => e.Id),
            ByRelationId(Read(results[2], GraphReader.Relation))));
    }

    /// <summary>When the seed directory <paramref name="seed"/> with content <paramref name="fingerprint"/> was imported into this database, or null.</summary>
    public async Task<string?> SeedImportedAtAsync(string seed, string fingerprint, CancellationToken ct = default)
    {
        var result = await QueryAsync("seed-import-get", new() { ["seed"] = seed, ["fingerprint"] = fingerprint }, ct).ConfigureAwait(false);
        return result.Rows[0][0].GetString();
    }

    /// <summary>Records the seed directory's fingerprint after its import committed.</summary>
    public Task RecordSeedImportAsync(string seed, string fingerprint, CancellationToken ct = default) =>
        QueryAsync("seed-import-record", new()
        {
            ["seed"] = seed,
            ["fingerprint"] = fingerprint,
            ["importedAt"] = DateTime.UtcNow.ToString("u", System.Globalization.CultureInfo.InvariantCulture),
        }, ct);
}
