namespace Throughline.Testing;

/// <summary>
/// Finds the repository (the folder holding Throughline.slnx) from the running assembly, so tests and benchmarks can
/// read README.md, seed-data/ and schema files wherever they are built. Linked into each project that needs it.
/// </summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootDirectory = new(FindRoot);

    public static string Root => RootDirectory.Value;

    public static string SeedData => Path.Combine(Root, "seed-data");

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Throughline.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Throughline.slnx above {AppContext.BaseDirectory}: run from inside the repository.");
    }
}
