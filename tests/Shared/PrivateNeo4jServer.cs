using System.Diagnostics;
using Throughline.Storage.Neo4j;

namespace Throughline.Testing;

/// <summary>
/// A Neo4j 3.1 server of one test's own (tests/scripts/neo4j-test-server.sh with a private NEO4J_TEST_HOME), for what
/// the shared server cannot be used for: stopping it and starting it again (`resume`: same directory, port, data and
/// password), or loading a database offline. Linked into each test project that needs it.
/// </summary>
internal sealed class PrivateNeo4jServer : IAsyncDisposable
{
    private readonly string _home;

    private PrivateNeo4jServer(string home, Neo4jOptions options)
    {
        _home = home;
        Options = options;
    }

    public Neo4jOptions Options { get; }

    /// <summary>The environment an API process needs to use this server as its store.</summary>
    public Dictionary<string, string> ApiEnvironment => new()
    {
        ["THROUGHLINE_STORE"] = "neo4j",
        ["NEO4J_URI"] = Options.Uri.ToString(),
        ["NEO4J_USER"] = Options.User,
        ["NEO4J_PASSWORD"] = Options.Password,
    };

    /// <summary>Where LOAD CSV reads file:/// URLs from (the 3.1 default, dbms.directories.import=import).</summary>
    public string ImportDirectory => Path.Combine(_home, "server", "import");

    public static async Task<PrivateNeo4jServer> StartAsync()
    {
        var home = Path.Combine(Path.GetTempPath(), $"throughline-neo4j-private-{Guid.NewGuid():N}");
        var values = (await ScriptAsync(home, ["start"]))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => line.StartsWith("NEO4J_", StringComparison.Ordinal))
            .Select(line => line.Split('=', 2))
            .ToDictionary(parts => parts[0], parts => parts[1], StringComparer.Ordinal);
        return new PrivateNeo4jServer(home, new Neo4jOptions(new Uri(values["NEO4J_URI"]), values["NEO4J_USER"], values["NEO4J_PASSWORD"]));
    }

    public Task StopAsync() => ScriptAsync(_home, ["stop"]);

    /// <summary>Starts the stopped server again from its instance directory and waits until it answers HTTP.</summary>
    public Task ResumeAsync() => ScriptAsync(_home, ["resume"]);

    /// <summary>
    /// Replaces the database with what Neo4j 3.1's offline bulk loader (bin/neo4j-import) writes from the given
    /// options, and brings the server back on it: tests/scripts/neo4j-test-server.sh bulk-import, as a user would.
    /// </summary>
    public Task BulkImportAsync(IReadOnlyList<string> importOptions) => ScriptAsync(_home, ["bulk-import", .. importOptions]);

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
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
