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
    private readonly int _owner;

    private PrivateNeo4jServer(string home, int owner, Neo4jOptions options)
    {
        _home = home;
        _owner = owner;
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

    /// <param name="ownerProcessId">the process whose end, however abrupt, stops the server and removes its directory
    /// (default: this test process, so a killed test run leaves no server behind).</param>
    public static async Task<PrivateNeo4jServer> StartAsync(int? ownerProcessId = null)
    {
        var home = Path.Combine(Path.GetTempPath(), $"throughline-neo4j-private-{Guid.NewGuid():N}");
        var owner = ownerProcessId ?? Environment.ProcessId;
        var values = (await ScriptAsync(home, ["start"], owner))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => line.StartsWith("NEO4J_", StringComparison.Ordinal))
            .Select(line => line.Split('=', 2))
            .ToDictionary(parts => parts[0], parts => parts[1], StringComparer.Ordinal);
        return new PrivateNeo4jServer(home, owner, new Neo4jOptions(new Uri(values["NEO4J_URI"]), values["NEO4J_USER"], values["NEO4J_PASSWORD"]));
    }

    /// <summary>The instance directory: it holds the server's pid file while it runs.</summary>
    public string Home => _home;

    public Task StopAsync() => ScriptAsync(_home, ["stop"], _owner);

    /// <summary>Starts the stopped server again from its instance directory and waits until it answers HTTP.</summary>
    public Task ResumeAsync() => ScriptAsync(_home, ["resume"], _owner);

    /// <summary>
    /// Replaces the database with what Neo4j 3.1's offline bulk loader (bin/neo4j-import) writes from the given
    /// options, and brings the server back on it: tests/scripts/neo4j-test-server.sh bulk-import, as a user would.
    /// </summary>
    public Task BulkImportAsync(IReadOnlyList<string> importOptions) => ScriptAsync(_home, ["bulk-import", .. importOptions], _owner);

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (Directory.Exists(_home))
        {
            Directory.Delete(_home, recursive: true);
        }
    }

    private static async Task<string> ScriptAsync(string home, IReadOnlyList<string> arguments, int owner)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(RepositoryPaths.Combine("tests", "scripts", "neo4j-test-server.sh"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NEO4J_TEST_HOME"] = home;
        start.Environment["NEO4J_TEST_OWNER_PID"] = owner.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0
            ? await stdout
            : throw new InvalidOperationException($"neo4j-test-server.sh {arguments[0]} failed ({process.ExitCode}): {await stderr}");
    }
}
