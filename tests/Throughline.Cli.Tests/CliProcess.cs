using System.Diagnostics;

namespace Throughline.Cli.Tests;

/// <summary>The built <c>throughline</c> executable run as a real process in a working directory, optionally fed stdin.</summary>
internal static class CliProcess
{
    public static async Task<CliResult> RunAsync(string workingDirectory, string? input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "throughline.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["THROUGHLINE_DB"] = "db/throughline.db";
        start.Environment.Remove("THROUGHLINE_STORE");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }

        process.StandardInput.Close();
        await process.WaitForExitAsync();
        return new CliResult(process.ExitCode, await output, await error);
    }
}
