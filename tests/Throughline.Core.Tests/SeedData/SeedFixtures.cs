using System.Runtime.CompilerServices;
using Throughline.Core.SeedData;

namespace Throughline.Core.Tests.SeedData;

/// <summary>The seed-data fixture directories under SeedData/Files, read from the source tree.</summary>
internal static class SeedFixtures
{
    public static string Directory(string name, [CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "Files", name);

    public static SeedLoadResult Load(string name) => SeedLoader.Load(Directory(name));

    /// <summary>Each problem as "relative/file:line: message", relative to the fixture directory.</summary>
    public static IReadOnlyList<string> Problems(string name)
    {
        var directory = Directory(name);
        return SeedLoader.Load(directory).Problems
            .Select(p => $"{Path.GetRelativePath(directory, p.Location.File).Replace('\\', '/')}:{p.Location.Line}: {p.Message}")
            .ToList();
    }
}
