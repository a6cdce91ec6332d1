using System.Runtime.CompilerServices;
using Throughline.Core.Storage;
using Throughline.Storage.Sqlite;

namespace Throughline.Cli.Tests;

internal sealed record CliResult(int ExitCode, string Out, string Error);

/// <summary>
/// Runs the real <c>throughline</c> command in-process in a temp working directory of its own, with a controlled
/// environment (nothing inherited from the machine), and removes the directory afterwards.
/// </summary>
internal sealed class CliHarness : IDisposable
{
    public CliHarness() => Directory.CreateDirectory(WorkingDirectory);

    public string WorkingDirectory { get; } = Path.Combine(Path.GetTempPath(), "throughline-cli-tests", Guid.NewGuid().ToString("N"));

    public Dictionary<string, string?> Environment { get; } = [];

    public static string FixtureDirectory(string name, [CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "Files", name);

    public string PathOf(string relative) => Path.Combine(WorkingDirectory, relative);

    /// <summary>Copies a fixture seed directory into the working directory as <paramref name="as"/>.</summary>
    public void CopyFixture(string name, string @as)
    {
        var source = FixtureDirectory(name);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = PathOf(Path.Combine(@as, Path.GetRelativePath(source, file)));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Edit(string relative, string old, string replacement)
    {
        var text = File.ReadAllText(PathOf(relative));
        text.Should().Contain(old, "the test edits an existing line");
        File.WriteAllText(PathOf(relative), text.Replace(old, replacement, StringComparison.Ordinal));
    }

    public async Task<CliResult> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, name => Environment.GetValueOrDefault(name), WorkingDirectory);
        var exit = await CliApp.RunAsync(args, context);
        return new CliResult(exit, output.ToString(), error.ToString());
    }

    /// <summary>Reads a database the CLI wrote, through the store itself.</summary>
    public async Task<GraphSnapshot> ReadDatabaseAsync(string relative = "data/throughline.db")
    {
        await using var store = await SqliteGraphStore.OpenAsync(PathOf(relative));
        return await store.ReadAllAsync();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(WorkingDirectory, recursive: true);
        }
        catch (IOException)
        {
            // only a stray temp directory is left behind
        }
    }
}
