namespace Throughline.Core.Paths;

public sealed partial class PathEngine
{
    private void ValidateOptions(PathOptions options)
    {
        ValidateFilter(options);
        if (options.MaxHops < 1)
        {
            throw new PathQueryException(PathQueryException.BadUserInput, $"maxHops must be at least 1 (got {options.MaxHops}).");
        }

        if (options.MaxHops > Limits.MaxHops)
        {
            throw new PathQueryException(
                PathQueryException.LimitExceeded, $"maxHops {options.MaxHops} exceeds the limit of {Limits.MaxHops}.");
        }

    }

    /// <summary>The options a neighbourhood uses too (it has its own depth instead of maxHops).</summary>
    private static void ValidateFilter(PathOptions options)
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

    private void ValidateCount(int count, string argument)
    {
        if (count < 0)
        {
            throw new PathQueryException(PathQueryException.BadUserInput, $"{argument} must not be negative (got {count}).");
        }

        if (count > Limits.MaxPageSize)
        {
            throw new PathQueryException(
                PathQueryException.LimitExceeded, $"{argument} {count} exceeds the page-size limit of {Limits.MaxPageSize}.");
        }
    }
}
