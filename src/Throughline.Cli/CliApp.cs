using Throughline.Cli.Commands;
using Throughline.Core.Storage;

namespace Throughline.Cli;

/// <summary>Finds the command, parses its arguments and maps failures to exit codes and one clear line on stderr.</summary>
internal static class CliApp
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliContext context, CancellationToken ct = default)
    {
        if (args.Count == 0 || args[0] is "help" or "--help" or "-h")
        {
            var topic = args.Count > 1 ? CommandRegistry.Find(args[1]) : null;
            (args.Count == 0 ? context.Error : context.Out).Write(topic is null ? Help.Overview() : Help.For(topic));
            return args.Count == 0 ? ExitCodes.Usage : ExitCodes.Ok;
        }

        var command = CommandRegistry.Find(args[0]);
        if (command is null)
        {
            await context.Error.WriteLineAsync($"throughline: unknown command '{args[0]}'").ConfigureAwait(false);
            await context.Error.WriteAsync(Help.Overview()).ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        if (args.Skip(1).Any(a => a is "--help" or "-h"))
        {
            await context.Out.WriteAsync(Help.For(command)).ConfigureAwait(false);
            return ExitCodes.Ok;
        }

        try
        {
            var parsed = ParsedArgs.Parse(command, args.Skip(1).ToList());
            return await command.RunAsync(parsed, context, ct).ConfigureAwait(false);
        }
        catch (UsageException e)
        {
            await context.Error.WriteLineAsync($"throughline {command.Name}: {e.Message}").ConfigureAwait(false);
            await context.Error.WriteAsync(Help.Usage(command)).ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        catch (CliFailure e)
        {
            await context.Error.WriteLineAsync($"throughline {command.Name}: {e.Message}").ConfigureAwait(false);
            return ExitCodes.DataProblem;
        }
        catch (GraphStoreException e)
        {
            await context.Error.WriteLineAsync($"throughline {command.Name}: {e.Message}").ConfigureAwait(false);
            return ExitCodes.DataProblem;
        }
        catch (OperationCanceledException)
        {
            await context.Error.WriteLineAsync($"throughline {command.Name}: cancelled").ConfigureAwait(false);
            return 130;
        }
        catch (IOException e)
        {
            await context.Error.WriteLineAsync($"throughline {command.Name}: {e.Message}").ConfigureAwait(false);
            return ExitCodes.DataProblem;
        }
        catch (UnauthorizedAccessException e)
        {
            await context.Error.WriteLineAsync($"throughline {command.Name}: {e.Message}").ConfigureAwait(false);
            return ExitCodes.DataProblem;
        }
    }
}
