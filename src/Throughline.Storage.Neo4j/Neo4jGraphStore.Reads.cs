using System.Text.Json;
using Throughline.Core.Model;
using Throughline.Core.Neo4jModel;
using Throughline.Core.Paths;
using Throughline.Core.Storage;
using Throughline.Storage.Neo4j.Cypher;
using Throughline.Storage.Neo4j.Http;
using Throughline.Storage.Neo4j.Mapping;

namespace Throughline.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    public async Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return ids.Count == 0 ? [] : Read(await QueryAsync("get-entities", new() { ["ids"] = ids.ToArray() }, ct).ConfigureAwait(false), GraphReader.Entity);
    }

    public async Task<IReadOnlyList<Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return ids.Count == 0 ? [] : Read(await QueryAsync("get-articles", new() { ["ids"] = ids.ToArray() }, ct).ConfigureAwait(false), GraphReader.Article);
    }

    public async Task<IReadOnlyList<Relation>> GetRelationsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return ids.Count == 0 ? [] : Read(await QueryAsync("get-relations", new() { ["ids"] = ids.ToArray() }, ct).ConfigureAwait(false), GraphReader.Relation);
    }

    /// <summary>Ranked exact, prefix, substring on the folded name and aliases; then by folded name, then id.</summary>
    public async Task<EntityPage> SearchEntitiesAsync(EntitySearch search, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentOutOfRangeException.ThrowIfNegative(search.Limit);
        ArgumentOutOfRangeException.ThrowIfNegative(search.Offset);
        var result = await QueryAsync(
            "search-entities",
            new()
            {
                ["text"] = string.IsNullOrWhiteSpace(search.Text) ? null : NameKeys.Fold(search.Text),
                ["kinds"] = search.Kinds?.Select(k => k.ToString()).ToArray(),
                ["offset"] = search.Offset,
                ["end"] = (long)search.Offset + search.Limit,
            },
            ct).ConfigureAwait(false);
        var row = result.Rows[0];
        var items = result.Value(row, "entities").EnumerateArray().Select(GraphReader.Entity).ToList();
        // A text is matched against every name key: a scan (SearchUsesIndex is false for this store).
        return new EntityPage(items, result.Value(row, "total").GetInt32(), Scanned: !string.IsNullOrWhiteSpace(search.Text));
    }

    public async Task<ArticlePage> ListArticlesAsync(int first, string? afterId, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        var result = await QueryAsync("list-articles", new() { ["after"] = afterId, ["take"] = first + 1L }, ct).ConfigureAwait(false);
        var row = result.Rows[0];
        var items = result.Value(row, "articles").EnumerateArray().Select(GraphReader.Article)
            .OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        var hasNext = items.Count > first;
        return new ArticlePage(hasNext ? items[..first] : items, result.Value(row, "total").GetInt32(), hasNext);
    }

    public async Task<GraphStats> GetStatsAsync(CancellationToken ct = default)
    {
        var result = await QueryAsync("stats", new() { ["types"] = AllTypes }, ct).ConfigureAwait(false);
        var row = result.Rows[0];
        var byKind = new Dictionary<EntityKind, int>();
        foreach (var item in result.Value(row, "byKind").EnumerateArray().Where(i => i.GetProperty("kind").ValueKind == JsonValueKind.String))
        {
            byKind[Enum.Parse<EntityKind>(item.GetProperty("kind").GetString()!)] = item.GetProperty("count").GetInt32();
        }

        var byType = new Dictionary<RelationType, int>();
        var byStatus = new Dictionary<RelationStatus, int>();
        foreach (var item in result.Value(row, "byTypeAndStatus").EnumerateArray().Where(i => i.GetProperty("type").ValueKind == JsonValueKind.String))
        {
            var count = item.GetProperty("count").GetInt32();
            RelationCatalogue.TryParse(item.GetProperty("type").GetString(), out var type);
            var status = Enum.Parse<RelationStatus>(item.GetProperty("status").GetString()!);
            byType[type] = byType.GetValueOrDefault(type) + count;
            byStatus[status] = byStatus.GetValueOrDefault(status) + count;
        }

        var span = await QueryAsync("stats-span", new() { ["types"] = AllTypes }, ct).ConfigureAwait(false);
        var spanRow = span.Rows[0];
        var byCountry = span.Value(spanRow, "byCountry").EnumerateArray()
            .Where(i => i.GetProperty("country").ValueKind == JsonValueKind.String)
            .ToDictionary(i => i.GetProperty("country").GetString()!, i => i.GetProperty("count").GetInt32(), StringComparer.Ordinal);
        var years = span.Value(spanRow, "years").EnumerateArray().Where(y => y.ValueKind == JsonValueKind.String)
            .Select(y => int.Parse(y.GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return new GraphStats(
            byKind.Values.Sum(), byType.Values.Sum(), result.Value(row, "articles").GetInt32(), result.Value(row, "evidence").GetInt32(),
            byKind, byType, byStatus)
        {
            EntitiesByCountry = byCountry,
            Years = years.Count > 0 ? new YearSpan(years.Min(), years.Max()) : null,
        };
    }

    /// <summary>The three reads run in one transaction, so the snapshot is consistent.</summary>
    public async Task<GraphSnapshot> ReadAllAsync(CancellationToken ct = default)
    {
        var results = await _client.RunAsync(
            [
                CypherLibrary.Statement("read-all-articles", NoParameters),
                CypherLibrary.Statement("read-all-entities", NoParameters),
                CypherLibrary.Statement("read-all-relations", NoParameters),
            ],
            new CallOptions(Options.ImportTimeout),
            ct).ConfigureAwait(false);
        return new GraphSnapshot(
            Ordered(Read(results[0], GraphReader.Article), a => a.Id),
            Ordered(Read(results[1], GraphReader.Entity), e => e.Id),
            ByRelationId(Read(results[2], GraphReader.Relation)));
    }

    private static List<T> Read<T>(CypherResult result, Func<JsonElement, T> map) => result.Rows.Select(row => map(row[0])).ToList();

    // Neo4j orders strings by UTF-16 code units like .NET's ordinal comparison; sorting again here makes it independent of that.
    private static IReadOnlyList<Relation> ByRelationId(List<Relation> relations) => Ordered(relations, r => r.Id);

    private static List<T> Ordered<T>(List<T> items, Func<T, string> id) => [.. items.OrderBy(id, StringComparer.Ordinal)];

    private static string DirectionName(Direction direction) => direction switch
    {
        Direction.Outgoing => "OUTGOING",
        Direction.Incoming => "INCOMING",
        _ => "ANY",
    };
}
