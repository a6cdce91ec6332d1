namespace Throughline.Core.Paths;

/// <summary>
/// The input checks every <see cref="IPathQueries"/> implementation applies before any work, so all stores reject bad
/// input with the same <see cref="PathQueryException"/> codes and messages (the API and the parity tests rely on that).
/// </summary>
public static class PathQueryValidation
{
    /// <summary>The options of a paths or shortest-paths query: the filter, then maxHops against <paramref name="limits"/>.</summary>
    public static void Options(PathOptions options, PathLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        Filter(options);
        if (options.MaxHops < 1)
        {
            throw new PathQueryException(PathQueryException.BadUserInput, $"maxHops must be at least 1 (got {options.MaxHops}).");
        }

        if (options.MaxHops > limits.MaxHops)
        {
            throw new PathQueryException(
                PathQueryException.LimitExceeded, $"maxHops {options.MaxHops} exceeds the limit of {limits.MaxHops}.");
        }
    }

    /// <summary>The options a neighbourhood uses too (it has its own depth instead of maxHops).</summary>
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

    /// <summary>A page size (<c>first</c>) or result count (<c>limit</c>); <paramref name="argument"/> names it in the message.</summary>
    public static void Count(int count, string argument, PathLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (count < 0)
        {
            throw new PathQueryException(PathQueryException.BadUserInput, $"{argument} must not be negative (got {count}).");
        }

        if (count > limits.MaxPageSize)
        {
            throw new PathQueryException(
                PathQueryException.LimitExceeded, $"{argument} {count} exceeds the page-size limit of {limits.MaxPageSize}.");
        }
    }

    public static void Neighbourhood(NeighbourhoodQuery query, PathLimits limits)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(limits);
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
