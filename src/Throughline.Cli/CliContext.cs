namespace Throughline.Cli;

/// <summary>What a command may touch of the outside world; tests pass their own writers, environment and directory.</summary>
internal sealed record CliContext(
    TextWriter Out,
    TextWriter Error,
    Func<string, string?> Environment,
    string WorkingDirectory)
{
    /// <summary>Where interactive commands (review) read answers; nothing to read unless the process or a test gives it.</summary>
    public TextReader In { get; init; } = TextReader.Null;

    public static CliContext FromProcess() =>
        new(Console.Out, Console.Error, System.Environment.GetEnvironmentVariable, Directory.GetCurrentDirectory()) { In = Console.In };

    /// <summary>A path as the user wrote it, resolved against the working directory.</summary>
    public string Resolve(string path) => Path.GetFullPath(path, WorkingDirectory);
}
