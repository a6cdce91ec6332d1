using System.Diagnostics;
using Throughline.Storage.Neo4j;

namespace Throughline.Api.Tests.Support;

/// <summary>
/// A Neo4j 3.1 server of one test's own (tests/scripts/neo4j-test-server.sh with a private NEO4J_TEST_HOME), so the test
/// can stop it and start it again (`resume`: same directory, port, data and password) without disturbing the shared one.
/// </summary>
public sealed class PrivateNeo4j : IAsyncDisposable
{
    private readonly string _home;

    private PrivateNeo4j(string home, Neo4jOptions options)
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

    public static async Task<PrivateNeo4j> StartAsync()
    {
        var home = Path.Combine(Path.GetTempPath(), $"throughline-api-neo4j-{Guid.NewGuid():N}");
        var values = (await ScriptAsync(home, "start"))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => line.StartsWith("NEO4J_", StringComparison.Ordinal))
            .Select(line => line.Split('=', 2))
            .ToDictionary(parts => parts[0], parts => parts[1], StringComparer.Ordinal);
        return new PrivateNeo4j(home, new Neo4jOptions(new Uri(values["NEO4J_URI"]), values["NEO4J_USER"], values["NEO4J_PASSWORD"]));
    }

    public Task StopAsync() => ScriptAsync(_home, "stop");

    public Task ResumeAsync() => ScriptAsync(_home, "resume");

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(_home, recursive: true);
    }

    private static async Task<string> ScriptAsync(string home, string command)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(RepositoryPaths.Combine("tests", "scripts", "neo4j-test-server.sh"));
        start.ArgumentList.Add(command);
        start.Environment["NEO4J_TEST_HOME"] = home;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"neo4j-test-server.sh {command} failed ({process.ExitCode}): {await stderr}");
        }

        return await stdout;
    }
}
