namespace Throughline.Core.Paths;

/// <summary>
/// One hop of a path: every qualifying relation between two consecutive entities in the traversal direction
/// (so parallel relations do not multiply routes), ordered by relation id. <see cref="Confidence"/> is the best relation's.
/// <see cref="Disputed"/> is true when no relation of the hop is Reported or Confirmed; <see cref="Contested"/> when any
/// of its relations has denying or disputing evidence.
/// </summary>
public sealed record PathHop(string From, string To, IReadOnlyList<string> RelationIds, double Confidence, bool Disputed, bool Contested = false);

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
/// A page of paths in the contract order (<see cref="PathOrder"/>). Whatever the work budget, <see cref="Edges"/> is a
/// prefix of the true ordered answer after the cursor: the paths a stopped search could not rank are left out, never
/// reported in place of better ones. <see cref="Truncated"/> means only that the search stopped at its expansion budget,
/// so more paths may follow these (the page may then be shorter than asked); <see cref="HasNextPage"/> that paths after
/// this page are known to exist. <see cref="TotalCount"/> counts the paths found: exact when
/// <see cref="TotalCountIsExact"/>, otherwise a lower bound. <see cref="Messages"/> explain empty or cut-short results.
/// </summary>
public sealed record PathPage(
    IReadOnlyList<PathEdge> Edges,
    bool HasNextPage,
    string? EndCursor,
    int TotalCount,
    bool Truncated,
    IReadOnlyList<string> Messages,
    bool TotalCountIsExact);

/// <summary>
/// The shortest paths, best first. When <see cref="Truncated"/>, the search stopped at its budget before it could rank
/// every path of the fewest hops, and <see cref="Paths"/> holds only what is proven (possibly nothing).
/// </summary>
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
