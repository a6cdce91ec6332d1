using System.Diagnostics;

namespace Throughline.Cli.Tests;

/// <summary>The built <c>throughline</c> executable as a real process: exit codes and streams as a shell sees them.</summary>
public sealed class ProcessTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task The_executable_reports_problems_on_stderr_with_exit_code_1()
    {
        _cli.CopyFixture("tiny", "seed");
        _cli.Edit("seed/claims/news-1.yaml", "confidence: 0.7", "confidence: -1");

        var (exit, output, error) = await RunAsync("validate", "seed");

        exit.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().Contain(Path.Join("seed", "claims", "news-1.yaml") + ":10: confidence -1 is outside 0..1").And.NotContain("   at ");
    }

    [Fact]
    public async Task The_executable_imports_into_THROUGHLINE_DB_and_exits_0()
    {
        _cli.CopyFixture("tiny", "seed");

        var (exit, output, _) = await RunAsync("import", "seed");

        exit.Should().Be(0);
        output.Should().Contain("records: 7 inserted");
        File.Exists(_cli.PathOf("db/from-env.db")).Should().BeTrue();
    }

    private async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _cli.WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "throughline.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["THROUGHLINE_DB"] = "db/from-env.db";
        start.Environment.Remove("THROUGHLINE_STORE");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
