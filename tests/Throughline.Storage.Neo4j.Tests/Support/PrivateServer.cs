using System.Diagnostics;

namespace Throughline.Storage.Neo4j.Tests.Support;

/// <summary>
/// A Neo4j 3.1 server of this test's own (tests/scripts/neo4j-test-server.sh with a private NEO4J_TEST_HOME), so a test
/// can stop and restart it without disturbing the shared server. Restart reuses the instance directory: same port,
/// same data, same password.
/// </summary>
public sealed class PrivateServer : IAsyncDisposable
{
    private readonly string _home;

    private PrivateServer(string home, Uri uri, string user, string password)
    {
        _home = home;
        Options = new Neo4jOptions(uri, user, password);
    }

    public Neo4jOptions Options { get; }

    public static async Task<PrivateServer> StartAsync()
    {
        var home = Path.Combine(Path.GetTempPath(), $"throughline-neo4j-private-{Guid.NewGuid():N}");
        var output = await ScriptAsync(home, "start");
        var values = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => line.StartsWith("NEO4J_", StringComparison.Ordinal))
            .Select(line => line.Split('=', 2))
            .ToDictionary(parts => parts[0], parts => parts[1], StringComparer.Ordinal);
        return new PrivateServer(home, new Uri(values["NEO4J_URI"]), values["NEO4J_USER"], values["NEO4J_PASSWORD"]);
    }

    public Task StopAsync() => ScriptAsync(_home, "stop");

    /// <summary>Starts the stopped server again from its instance directory and waits until it answers HTTP.</summary>
    public async Task RestartAsync()
    {
        // As the script starts it: detached from our pipes, and the recorded pid is java's, the session leader the script's stop kills.
        await RunAsync(
            "bash", "-c", """(cd "$0/server" && exec setsid bin/neo4j console >>"$0/console.log" 2>&1 </dev/null) >/dev/null 2>&1 & echo $! >"$0/pid" """, _home);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var response = await http.GetAsync(Options.Uri);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not listening yet: poll again
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"the private Neo4j server did not come back on {Options.Uri} within 120 s; see {_home}/console.log");
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(_home, recursive: true);
    }

    private static Task<string> ScriptAsync(string home, string command)
    {
        var script = RepositoryPaths.Combine("tests", "scripts", "neo4j-test-server.sh");
        return RunAsync("bash", script, command, environment: ("NEO4J_TEST_HOME", home));
    }

    private static async Task<string> RunAsync(string file, string first, string second, string? third = null, (string Name, string Value)? environment = null)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(first);
        start.ArgumentList.Add(second);
        if (third is not null)
        {
            start.ArgumentList.Add(third);
        }

        if (environment is { } variable)
        {
            start.Environment[variable.Name] = variable.Value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {first} {second} failed ({process.ExitCode}): {await stderr}");
        }

        return await stdout;
    }
}
