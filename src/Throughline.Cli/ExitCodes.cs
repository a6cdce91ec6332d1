namespace Throughline.Cli;

internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The data is wrong: validation problems, an unknown entity, a store that refuses the file.</summary>
    public const int DataProblem = 1;

    /// <summary>The command line is wrong: unknown command or option, missing argument, bad configuration.</summary>
    public const int Usage = 2;
}

/// <summary>A command-line mistake; the message is shown with the command's usage and exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>A data problem already explained to the user; exit code 1.</summary>
internal sealed class CliFailure(string message) : Exception(message);
