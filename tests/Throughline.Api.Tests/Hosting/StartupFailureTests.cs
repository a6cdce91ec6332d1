using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Throughline.Api.Tests.Hosting;

/// <summary>Finding 7 of issue 10: the real API process fails to start with one clear line and a non-zero exit, no stack trace.</summary>
public sealed class StartupFailureTests
{
    [Fact]
    public async Task A_busy_port_is_one_line_naming_the_address_and_the_option_to_change()
    {
        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var port = ((IPEndPoint)busy.LocalEndpoint).Port;
        var directory = Directory.CreateTempSubdirectory("throughline-startup-").FullName;
        var (exit, stderr, stdout) = await RunApiAsync(directory, "--urls", $"http://127.0.0.1:{port}", "--db", Path.Combine(directory, "t.db"));
        exit.Should().NotBe(0);
        AssertOneLine(stderr + stdout, $"127.0.0.1:{port}", "--urls");
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_one_line_naming_the_file_and_the_option_to_change()
    {
        var directory = Directory.CreateTempSubdirectory("throughline-startup-").FullName;
        var db = Path.Combine(directory, "not-a-db.db");
        await File.WriteAllBytesAsync(db, [.. Enumerable.Range(0, 64 * 1024).Select(i => (byte)(i * 7))]);
        var (exit, stderr, stdout) = await RunApiAsync(directory, "--urls", "http://127.0.0.1:0", "--db", db);
        exit.Should().NotBe(0);
        AssertOneLine(stderr + stdout, "not-a-db.db", "--db");
    }

    private static void AssertOneLine(string output, string names, string option)
    {
        output.Should().Contain(names).And.Contain(option);
        output.Should().NotContain("   at ", "no stack trace").And.NotContain("Unhandled exception");
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => l.Contains("throughline-api:", StringComparison.Ordinal)).Should().Be(1);
    }

    /// <summary>Runs the API process to its exit (a start-up that fails), with the seed data and nothing else set.</summary>
    internal static async Task<(int Exit, string Stderr, string Stdout)> RunApiAsync(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardError = true, RedirectStandardOutput = true };
        // The API's own output folder (same configuration and framework as this test assembly): its runtimeconfig and appsettings are there.
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.Root, "src", "Throughline.Api", "bin", framework.Parent!.Name, framework.Name, "Throughline.Api.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["THROUGHLINE_SEED_DATA"] = RepositoryPaths.SeedData;
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await stderr, await stdout);
    }
}
