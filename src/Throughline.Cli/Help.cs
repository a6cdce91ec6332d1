using System.Text;

namespace Throughline.Cli;

/// <summary>Help text built from the commands' own declarations, so it cannot drift from what the parser accepts.</summary>
internal static class Help
{
    public static string Overview()
    {
        var text = new StringBuilder("usage: throughline <command> [arguments] [options]\n\ncommands:\n");
        foreach (var command in Commands.CommandRegistry.All)
        {
            text.Append($"  {command.Name,-12} {command.Summary}\n");
        }

        return text.Append("\nRun 'throughline <command> --help' for a command's arguments and options.\n").ToString();
    }

    public static string Usage(ICliCommand command)
    {
        var arguments = command.Arguments.Select(a => a.Required ? $"<{a.Name}>" : $"[{a.Name}]");
        var options = command.Options.Select(o => o.ValueName is null ? $"[--{o.Name}]" : $"[--{o.Name} {o.ValueName}]");
        return $"usage: throughline {string.Join(' ', arguments.Prepend(command.Name).Concat(options))}\n";
    }

    public static string For(ICliCommand command)
    {
        var text = new StringBuilder(Usage(command)).Append('\n').Append(command.Summary).Append('\n');
        foreach (var argument in command.Arguments)
        {
            var fallback = argument.Default is null ? string.Empty : $" (default: {argument.Default})";
            text.Append($"  {argument.Name,-16} {argument.Description}{fallback}\n");
        }

        foreach (var option in command.Options)
        {
            text.Append($"  --{option.Name,-14} {option.Description}\n");
        }

        return text.ToString();
    }
}
