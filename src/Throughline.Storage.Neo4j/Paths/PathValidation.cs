using Throughline.Core.Paths;

namespace Throughline.Storage.Neo4j.Paths;

/// <summary>
/// The path engine's input checks with the same codes and messages (Core's PathEngine keeps its own private), so both
/// stores reject bad input identically; the parity tests compare the two. Plus this store's own cap: the variable-length
/// bound written in the Cypher statements.
/// </summary>
internal static class PathValidation
{
    /// <summary>The hop bound written into all-paths-*.cypher and shortest-paths-*.cypher.</summary>
    public const int StatementHopBound = 6;

    public static void Options(PathOptions options, PathLimits limits)
    {
        Filter(options);
        if (options.MaxHops < 1)
        {
            throw new PathQueryException(PathQueryException.BadUserInput, $"maxHops must be at least 1 (got {options.MaxHops}).");
        }

        if (options.MaxHops > limits.MaxHops)
        {
            throw new PathQueryException(PathQueryException.LimitExceeded, $"maxHops {options.MaxHops} exceeds the limit of {limits.MaxHops}.");
        }

        if (options.MaxHops > StatementHopBound)
        {
            throw new PathQueryException(
                PathQueryException.LimitExceeded, $"maxHops {options.MaxHops} exceeds the Neo4j store's limit of {StatementHopBound}.");
        }
    }

    public static void Filter(PathOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (double.IsNaN(options.MinConfidence))
        {
            throw new PathQueryException(PathQueryException.BadUserInput, "minConfidence must be a number.");
        }

        if (!Enum.IsDefined(options.Direction))
        {
            throw new PathQueryException(PathQueryException.BadUserInput, $"direction {(int)options.Direction} is not OUTGOING, INCOMING or ANY.");
        }
    }

    public static void Count(int count, string argument, PathLimits limits)
    {
        if (count < 0)
        {
            throw new PathQueryException(PathQueryException.BadUserInput, $"{argument} must not be negative (got {count}).");
        }

        if (count > limits.MaxPageSize)
        {
            throw new PathQueryException(PathQueryException.LimitExceeded, $"{argument} {count} exceeds the page-size limit of {limits.MaxPageSize}.");
        }
    }

    public static void Neighbourhood(NeighbourhoodQuery query, PathLimits limits)
    {
        Filter(query.Options);
        if (query.Depth < 0)
        {
            throw new PathQueryException(PathQueryException.BadUserInput, $"depth must not be negative (got {query.Depth}).");
        }

        if (query.Depth > limits.MaxHops)
        {
            throw new PathQueryException(PathQueryException.LimitExceeded, $"depth {query.Depth} exceeds the limit of {limits.MaxHops}.");
        }

        if (query.MaxEntities < 1)
        {
            throw new PathQueryException(PathQueryException.BadUserInput, $"maxEntities must be at least 1 (got {query.MaxEntities}).");
        }

        if (query.MaxEntities > limits.MaxNeighbourhoodEntities)
        {
            throw new PathQueryException(
                PathQueryException.LimitExceeded, $"maxEntities {query.MaxEntities} exceeds the limit of {limits.MaxNeighbourhoodEntities}.");
        }
    }
}
