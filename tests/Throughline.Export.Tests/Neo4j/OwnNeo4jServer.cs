using System.Diagnostics;
using Throughline.Storage.Neo4j;

namespace Throughline.Export.Tests.Neo4j;

/// <summary>
/// A Neo4j 3.1 server of this test project's own (tests/scripts/neo4j-test-server.sh with a private NEO4J_TEST_HOME):
/// loading an export needs an empty database, and the shared server is cleared by the store's tests in parallel.
/// </summary>
internal sealed class OwnNeo4jServer : IAsyncDisposable
{
    private readonly string _home;

    private OwnNeo4jServer(string home, Neo4jOptions options)
    {
        _home = home;
        Options = options;
    }

    public Neo4jOptions Options { get; }

    /// <summary>Where LOAD CSV reads file:/// URLs from (the 3.1 default, dbms.directories.import=import).</summary>
    public string ImportDirectory => Path.Combine(_home, "server", "import");

    public static async Task<OwnNeo4jServer> StartAsync()
    {
        var home = Path.Combine(Path.GetTempPath(), $"throughline-neo4j-exports-{Guid.NewGuid():N}");
        var output = await ScriptAsync(home, ["start"]);
        var values = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => line.StartsWith("NEO4J_", StringComparison.Ordinal))
            .Select(line => line.Split('=', 2))
            .ToDictionary(parts => parts[0], parts => parts[1], StringComparer.Ordinal);
        return new OwnNeo4jServer(home, new Neo4jOptions(new Uri(values["NEO4J_URI"]), values["NEO4J_USER"], values["NEO4J_PASSWORD"]));
    }

    /// <summary>
    /// Replaces the database with what Neo4j 3.1's offline bulk loader (bin/neo4j-import) writes from the given
    /// options, and brings the server back on it: tests/scripts/neo4j-test-server.sh bulk-import, as a user would.
    /// </summary>
    public Task BulkImportAsync(IReadOnlyList<string> importOptions) => ScriptAsync(_home, ["bulk-import", .. importOptions]);

    public async ValueTask DisposeAsync()
    {
        await ScriptAsync(_home, ["stop"]);
        Directory.Delete(_home, recursive: true);
    }

    private static async Task<string> ScriptAsync(string home, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(RepositoryPaths.Combine("tests", "scripts", "neo4j-test-server.sh"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NEO4J_TEST_HOME"] = home;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0
            ? await stdout
            : throw new InvalidOperationException($"neo4j-test-server.sh {arguments[0]} failed ({process.ExitCode}): {await stderr}");
    }
}

/// <summary>Needs Java and a run that has Neo4j (NEO4J_URI set, as tests/run.sh does); skipped, saying so, otherwise.</summary>
public sealed class Neo4jFactAttribute : FactAttribute
{
    public Neo4jFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("NEO4J_URI")))
        {
            Skip = "NEO4J_URI is not set: tests/run.sh starts Neo4j when Java is installed; this test then starts a server of its own";
        }
    }
}
