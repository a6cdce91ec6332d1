namespace Throughline.Core.Paths;

/// <summary>
/// One hop of a path: every qualifying relation between two consecutive entities in the traversal direction
/// (so parallel relations do not multiply routes), ordered by relation id. <see cref="Confidence"/> is the best relation's.
/// <see cref="Disputed"/> is true when no relation of the hop is Reported or Confirmed.
/// </summary>
public sealed record PathHop(string From, string To, IReadOnlyList<string> RelationIds, double Confidence, bool Disputed);

/// <summary>
/// A simple path (distinct entities). <see cref="Confidence"/> is the product of hop confidences,
/// <see cref="WeakestHop"/> the index of the least confident hop (the first such), <see cref="Disputed"/> true if any hop is.
/// </summary>
public sealed record GraphPath(IReadOnlyList<string> EntityIds, IReadOnlyList<PathHop> Hops, double Confidence, int WeakestHop, bool Disputed)
{
    public int Length => Hops.Count;
}

public sealed record PathEdge(string Cursor, GraphPath Path);

/// <summary>
/// A page of paths in the contract order (<see cref="PathOrder"/>). <see cref="TotalCount"/> counts every path found;
/// when the expansion budget ran out, <see cref="Truncated"/> is set and the count is of the paths found so far.
/// <see cref="Messages"/> explain empty results (e.g. a name that matched nothing).
/// </summary>
public sealed record PathPage(
    IReadOnlyList<PathEdge> Edges,
    bool HasNextPage,
    string? EndCursor,
    int TotalCount,
    bool Truncated,
    IReadOnlyList<string> Messages);

public sealed record ShortestPathsResult(IReadOnlyList<GraphPath> Paths, bool Truncated, IReadOnlyList<string> Messages);

/// <summary>Entities and relations within a depth of an entity; ids sorted ordinally.</summary>
public sealed record Subgraph(IReadOnlyList<string> EntityIds, IReadOnlyList<string> RelationIds, bool Truncated);

/// <summary>Answers path queries; implemented by the in-memory PathEngine (embedded store) and by Cypher (Neo4j store).</summary>
public interface IPathQueries
{
    Task<PathPage> FindPathsAsync(PathQuery query, CancellationToken ct = default);

    Task<ShortestPathsResult> FindShortestPathsAsync(ShortestPathQuery query, CancellationToken ct = default);

    Task<Subgraph> GetNeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken ct = default);
}

/// <summary>Bad path-query input: an unknown id (BAD_USER_INPUT / NOT_FOUND) or a cap exceeded (LIMIT_EXCEEDED).</summary>
public sealed class PathQueryException(string code, string message) : Exception(message)
{
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string NotFound = "NOT_FOUND";
    public const string LimitExceeded = "LIMIT_EXCEEDED";

    public string Code { get; } = code;
}
