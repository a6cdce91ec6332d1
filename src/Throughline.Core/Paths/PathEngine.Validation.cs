namespace Throughline.Core.Paths;

/// <summary>The engine's checks are the shared <see cref="PathQueryValidation"/> ones against its own limits.</summary>
public sealed partial class PathEngine
{
    private void ValidateOptions(PathOptions options) => PathQueryValidation.Options(options, Limits);

    private static void ValidateFilter(PathOptions options) => PathQueryValidation.Filter(options);

    private void ValidateCount(int count, string argument) => PathQueryValidation.Count(count, argument, Limits);
}
