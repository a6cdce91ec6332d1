using System.Text.Json;
using Throughline.Core.Index;
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
public sealed partial class Neo4jGraphStore : IVersionedStore, IIndexFeedStore
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
    public Task<StoreChanges?> GetChangesSinceAsync(long sinceVersion, CancellationToken ct = default) =>
        InRoundsAsync<(string[] Articles, string[] Entities, string[] Relations), StoreChanges>(
            sinceVersion,
            ([], [], []),
            ids =>
            [
                CypherLibrary.Statement("get-articles", new() { ["ids"] = ids.Articles }),
                CypherLibrary.Statement("get-entities", new() { ["ids"] = ids.Entities }),
                CypherLibrary.Statement("get-relations", new() { ["ids"] = ids.Relations }),
            ],
            (ids, feed, results) =>
                Covers(ids.Articles, feed.Articles) && Covers(ids.Entities, feed.Entities) && Covers(ids.Relations, feed.Relations)
                    // The ids read are the feed's (a later round's feed only grows), so these are exactly its records.
                    ? (new StoreChanges(feed.Version, new ImportBatch(
                        Ordered(Read(results[2], GraphReader.Article), a => a.Id),
                        Ordered(Read(results[3], GraphReader.Entity), e => e.Id),
                        ByRelationId(Read(results[4], GraphReader.Relation)))), ids)
                    : (null, (feed.Articles, feed.Entities, feed.Relations)),
            ct);

    /// <summary>
    /// <see cref="GetChangesSinceAsync"/>'s entities, and its relations as the index's rows read from the claims' fact
    /// copies (get-relation-facts: one seek per id, no evidence): the same rounds under the version lock. A claim written
    /// before it had the copies is read whole by get-relations in the next round, in the same transaction as the rest.
    /// </summary>
    public Task<IndexChanges?> GetIndexChangesSinceAsync(long sinceVersion, CancellationToken ct = default) =>
        InRoundsAsync<(string[] Entities, string[] Relations, string[] Whole), IndexChanges>(
            sinceVersion,
            ([], [], []),
            ids =>
            [
                CypherLibrary.Statement("get-entities", new() { ["ids"] = ids.Entities }),
                CypherLibrary.Statement("get-relation-facts", new() { ["ids"] = ids.Relations }),
                CypherLibrary.Statement("get-relations", new() { ["ids"] = ids.Whole }),
            ],
            (ids, feed, results) =>
            {
                var facts = results[3];
                var rows = new Dictionary<string, RelationRow>(StringComparer.Ordinal);
                var withoutFacts = new List<string>();
                foreach (var row in facts.Rows)
                {
                    if (FactsRow(facts, row) is { } read)
                    {
                        rows[read.Id] = read;
                    }
                    else
                    {
                        withoutFacts.Add(facts.Value(row, "id").GetString()!);
                    }
                }

                if (!Covers(ids.Entities, feed.Entities) || !Covers(ids.Relations, feed.Relations) || !Covers(ids.Whole, [.. withoutFacts]))
                {
                    return (null, (feed.Entities, feed.Relations, [.. withoutFacts]));
                }

                foreach (var relation in Read(results[4], GraphReader.Relation))
                {
                    rows.TryAdd(relation.Id, RelationRow.Of(relation));
                }

                return (new IndexChanges(
                    feed.Version, Ordered(Read(results[2], GraphReader.Entity), e => e.Id), [.. rows.Values.OrderBy(r => r.Id, StringComparer.Ordinal)],
                    feed.Articles), ids);
            },
            ct);

    /// <summary>
    /// The rounds of a catch-up: each one transaction of settle-version, changes-since and the reads of the ids the
    /// previous round chose (<paramref name="reads"/>, results from index 2 on); <paramref name="round"/> answers when
    /// those reads cover the feed, or names the ids for the next round. Null when the feed cannot answer or writes outran
    /// <see cref="FeedRounds"/> rounds.
    /// </summary>
    private async Task<T?> InRoundsAsync<TIds, T>(
        long sinceVersion,
        TIds first,
        Func<TIds, CypherStatement[]> reads,
        Func<TIds, (long Version, string[] Articles, string[] Entities, string[] Relations), IReadOnlyList<CypherResult>, (T? Answer, TIds Next)> round,
        CancellationToken ct)
        where T : class
    {
        var ids = first;
        for (var attempt = 1; attempt <= FeedRounds; attempt++)
        {
            var results = await _client.RunAsync(
                [
                    Settle(),
                    CypherLibrary.Statement("changes-since", new() { ["since"] = sinceVersion, ["maxIds"] = Options.MaxChangeFeedRecords }),
                    .. reads(ids),
                ],
                new CallOptions(Options.ImportTimeout),
                ct).ConfigureAwait(false);
            if (Feed(results[1], sinceVersion) is not { } feed)
            {
                return null;
            }

            (var answer, ids) = round(ids, feed, results);
            if (answer is not null)
            {
                return answer;
            }
        }

        return null;
    }

    /// <summary>
    /// The changes-since row: its version and the ids of each kind written after <paramref name="since"/>, or null when
    /// the feed cannot answer (see <see cref="GetChangesSinceAsync"/>).
    /// </summary>
    private (long Version, string[] Articles, string[] Entities, string[] Relations)? Feed(CypherResult feed, long since)
    {
        var row = feed.Rows[0];
        var version = feed.Value(row, "version").GetInt64();
        if (since > version || since < 0 || since < feed.Value(row, "trimmedThrough").GetInt64()
            || feed.Value(row, "total").GetInt64() > Options.MaxChangeFeedRecords)
        {
            return null;
        }

        string[] Flatten(string column) =>
            [.. feed.Value(row, column).EnumerateArray().SelectMany(ids => ids.EnumerateArray()).Select(id => id.GetString()!).Distinct(StringComparer.Ordinal)];
        return (version, Flatten("articles"), Flatten("entities"), Flatten("relations"));
    }

    /// <summary>A get-relation-facts row as the index's row, or null when the claim has no fact copies (written before them).</summary>
    private static RelationRow? FactsRow(CypherResult facts, JsonElement[] row)
    {
        var status = facts.Value(row, "status");
        if (status.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var id = facts.Value(row, "id").GetString()!;
        var type = facts.Value(row, "type").GetString();
        if (!RelationCatalogue.TryParse(type, out var relationType))
        {
            throw new InvalidDataException($"relation '{id}' has the unknown type '{type}'");
        }

        static int Day(JsonElement day, int open) => day.ValueKind == JsonValueKind.Number ? day.GetInt32() : open;
        return new RelationRow(
            id, relationType, facts.Value(row, "from").GetString()!, facts.Value(row, "to").GetString()!,
            Enum.Parse<RelationStatus>(status.GetString()!), facts.Value(row, "confidence").GetDouble(),
            Day(facts.Value(row, "validFromDay"), int.MinValue), Day(facts.Value(row, "validToDay"), int.MaxValue),
            facts.Value(row, "contested").GetBoolean(), facts.Value(row, "sources").GetInt32());
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
