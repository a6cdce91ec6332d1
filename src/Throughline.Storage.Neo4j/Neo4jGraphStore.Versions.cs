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
    /// <summary>How many locked rounds a catch-up reads before it gives up on a store whose writes keep outrunning it.</summary>
    private const int FeedRounds = 8;

    public async Task<long> GetVersionAsync(CancellationToken ct = default) =>
        (await QueryAsync("graph-version", NoParameters, ct).ConfigureAwait(false)).Rows[0][0].GetInt64();

    /// <summary>
    /// The current version once every write up to it is fully applied: a plain read can see a write's version while
    /// Neo4j is still applying its records (settle-version waits on the lock that write holds).
    /// </summary>
    public async Task<long> GetSettledVersionAsync(CancellationToken ct = default)
    {
        var results = await _client.RunAsync([Settle(), CypherLibrary.Statement("graph-version", NoParameters)], ct).ConfigureAwait(false);
        return results[1].Rows[0][0].GetInt64();
    }

    /// <summary>
    /// The records written after <paramref name="sinceVersion"/>, exactly as they are at the returned version. Each round
    /// is one transaction that first takes the version lock (settle-version: every write up to the version read is fully
    /// applied, and none commits until the round ends), then reads the feed's ids and the records of the ids the
    /// previous round's feed named. A round whose feed names no id beyond those is the answer; the first round reads
    /// the ids, so a catch-up is two round trips unless a write commits between them. Null when the gap holds more than
    /// <see cref="Neo4jOptions.MaxChangeFeedRecords"/> ids, the version is not one the store had, the feed was trimmed
    /// past it, or writes outran <see cref="FeedRounds"/> rounds.
    /// </summary>
    public async Task<StoreChanges?> GetChangesSinceAsync(long sinceVersion, CancellationToken ct = default)
    {
        string[] articleIds = [], entityIds = [], relationIds = [];
        for (var round = 1; round <= FeedRounds; round++)
        {
            var results = await _client.RunAsync(
                [
                    Settle(),
                    CypherLibrary.Statement("changes-since", new() { ["since"] = sinceVersion, ["maxIds"] = Options.MaxChangeFeedRecords }),
                    CypherLibrary.Statement("get-articles", new() { ["ids"] = articleIds }),
                    CypherLibrary.Statement("get-entities", new() { ["ids"] = entityIds }),
                    CypherLibrary.Statement("get-relations", new() { ["ids"] = relationIds }),
                ],
                new CallOptions(Options.ImportTimeout),
                ct).ConfigureAwait(false);
            var feed = results[1];
            var row = feed.Rows[0];
            var version = feed.Value(row, "version").GetInt64();
            if (sinceVersion > version || sinceVersion < 0 || sinceVersion < feed.Value(row, "trimmedThrough").GetInt64()
                || feed.Value(row, "total").GetInt64() > Options.MaxChangeFeedRecords)
            {
                return null;
            }

            string[] Flatten(string column) =>
                [.. feed.Value(row, column).EnumerateArray().SelectMany(ids => ids.EnumerateArray()).Select(id => id.GetString()!).Distinct(StringComparer.Ordinal)];
            var (articles, entities, relations) = (Flatten("articles"), Flatten("entities"), Flatten("relations"));
            if (Covers(articleIds, articles) && Covers(entityIds, entities) && Covers(relationIds, relations))
            {
                // The ids read are the feed's (a later round's feed only grows), so these are exactly its records.
                return new StoreChanges(version, new ImportBatch(
                    Ordered(Read(results[2], GraphReader.Article), a => a.Id),
                    Ordered(Read(results[3], GraphReader.Entity), e => e.Id),
                    ByRelationId(Read(results[4], GraphReader.Relation))));
            }

            (articleIds, entityIds, relationIds) = (articles, entities, relations);
        }

        return null;
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

    private static bool Covers(string[] read, string[] named) =>
        named.Length <= read.Length && named.All(new HashSet<string>(read, StringComparer.Ordinal).Contains);

    private static CypherStatement Settle() => CypherLibrary.Statement("settle-version", new() { ["tx"] = NewTransactionId() });
}
