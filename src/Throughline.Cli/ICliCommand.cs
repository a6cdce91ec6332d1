namespace Throughline.Cli;

/// <summary>One <c>throughline &lt;name&gt;</c> command. Register new commands in <see cref="Commands.CommandRegistry"/>.</summary>
internal interface ICliCommand
{
    string Name { get; }

    /// <summary>One line for the command list.</summary>
    string Summary { get; }

    IReadOnlyList<CliArgument> Arguments { get; }

    IReadOnlyList<CliOption> Options { get; }

    /// <summary>Returns an exit code (<see cref="ExitCodes"/>); throws <see cref="UsageException"/> for command-line mistakes.</summary>
    Task<int> RunAsync(ParsedArgs args, CliContext context, CancellationToken ct);
}

/// <summary>A positional argument; optional ones take <see cref="Default"/>.</summary>
internal sealed record CliArgument(string Name, string Description, bool Required = true, string? Default = null);

/// <summary>A <c>--name</c> option; a null <see cref="ValueName"/> makes it a flag.</summary>
internal sealed record CliOption(string Name, string Description, string? ValueName = null)
{
    public static CliOption Json { get; } = new("json", "print machine-readable JSON on stdout");

    public static CliOption Db { get; } = new("db", "SQLite database file (default: $THROUGHLINE_DB or data/throughline.db)", "PATH");
}
