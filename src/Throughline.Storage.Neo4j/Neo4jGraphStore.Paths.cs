using Throughline.Core.Paths;
using Throughline.Storage.Neo4j.Cypher;
using Throughline.Storage.Neo4j.Paths;

namespace Throughline.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <summary>
    /// All simple paths from the From selection to the To selection: Cypher enumerates the entity sequences (at most
    /// <see cref="Neo4jOptions.PathRowLimit"/>, else truncated), the store groups hops and applies the contract order and cursor.
    /// </summary>
    public async Task<PathPage> FindPathsAsync(PathQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ValidateOptions(query.Options);
        PathQueryValidation.Count(query.First, "first", Limits);
        if (query.After is not null)
        {
            PathOrder.Decode(query.After); // a malformed cursor is BAD_USER_INPUT before any work
        }

        var messages = new List<string>();
        var (sources, targets) = await ResolveEndsAsync(query.From, query.To, messages, ct).ConfigureAwait(false);
        var (sequences, truncated) = await FindSequencesAsync("all-paths", query.Options, sources, targets, ct).ConfigureAwait(false);
        var paths = await new PathBuilder(_client, query.Options).BuildAsync(sequences, ct).ConfigureAwait(false);
        var after = paths.Where(p => query.After is null || PathOrder.IsAfter(p, query.After)).ToList();
        after.Sort(PathOrder.Compare);
        var edges = after.Take(query.First).Select(p => new PathEdge(PathOrder.Cursor(p), p)).ToList();
        return new PathPage(edges, after.Count > query.First, edges.LastOrDefault()?.Cursor, paths.Count, truncated, messages, TotalCountIsExact: !truncated);
    }

    /// <summary>The paths of the fewest hops over all source-target pairs, best <see cref="ShortestPathQuery.Limit"/> first.</summary>
    public async Task<ShortestPathsResult> FindShortestPathsAsync(ShortestPathQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ValidateOptions(query.Options);
        PathQueryValidation.Count(query.Limit, "limit", Limits);
        var messages = new List<string>();
        var (sources, targets) = await ResolveEndsAsync(query.From, query.To, messages, ct).ConfigureAwait(false);
        var (sequences, truncated) = await FindSequencesAsync("shortest-paths", query.Options, sources, targets, ct).ConfigureAwait(false);
        var fewest = sequences.Count == 0 ? 0 : sequences.Min(s => s.Length);
        var shortest = sequences.Where(s => s.Length == fewest && s.Length - 1 <= query.Options.MaxHops).ToList();
        var paths = await new PathBuilder(_client, query.Options).BuildAsync(shortest, ct).ConfigureAwait(false);
        paths.Sort(PathOrder.Compare);
        return new ShortestPathsResult([.. paths.Take(query.Limit)], truncated, messages);
    }

    private async Task<(IReadOnlySet<string> Sources, IReadOnlySet<string> Targets)> ResolveEndsAsync(
        EntitySelector from, EntitySelector to, List<string> messages, CancellationToken ct)
    {
        var resolver = new SelectorResolver(_client);
        var sources = await resolver.ResolveAsync(from, "from", messages, ct).ConfigureAwait(false);
        var targets = await resolver.ResolveAsync(to, "to", messages, ct).ConfigureAwait(false);
        return (sources, targets);
    }

    private async Task<(List<string[]> Sequences, bool Truncated)> FindSequencesAsync(
        string statement, PathOptions options, IReadOnlySet<string> sources, IReadOnlySet<string> targets, CancellationToken ct)
    {
        if (sources.Count == 0 || targets.Count == 0)
        {
            return ([], false);
        }

        var parameters = FilterParameters.Of(options);
        parameters["from"] = sources.Order(StringComparer.Ordinal).ToArray();
        parameters["to"] = targets.Order(StringComparer.Ordinal).ToArray();
        parameters["maxHops"] = options.MaxHops;
        parameters["rowLimit"] = Options.PathRowLimit + 1L;
        var result = await QueryAsync($"{statement}-{FilterParameters.Suffix(options.Direction)}", parameters, ct).ConfigureAwait(false);
        var sequences = result.Rows.Select(row => row[0].EnumerateArray().Select(id => id.GetString()!).ToArray()).ToList();
        var truncated = sequences.Count > Options.PathRowLimit;
        return (truncated ? sequences[..Options.PathRowLimit] : sequences, truncated);
    }

    /// <summary>The hop bound written into all-paths-*.cypher and shortest-paths-*.cypher.</summary>
    private const int StatementHopBound = 6;

    /// <summary>The shared checks, then this store's own cap: the variable-length bound written in the Cypher statements.</summary>
    private void ValidateOptions(PathOptions options)
    {
        PathQueryValidation.Options(options, Limits);
        if (options.MaxHops > StatementHopBound)
        {
            throw new PathQueryException(
                PathQueryException.LimitExceeded, $"maxHops {options.MaxHops} exceeds the Neo4j store's limit of {StatementHopBound}.");
        }
    }
}
