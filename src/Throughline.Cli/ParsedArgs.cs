using System.Globalization;

namespace Throughline.Cli;

/// <summary>A command's arguments after parsing against its declared arguments and options.</summary>
internal sealed class ParsedArgs
{
    private readonly Dictionary<string, string?> _options;
    private readonly Dictionary<string, string> _arguments;

    private ParsedArgs(Dictionary<string, string> arguments, Dictionary<string, string?> options)
    {
        _arguments = arguments;
        _options = options;
    }

    public bool Flag(string name) => _options.ContainsKey(name);

    public string? Option(string name) => _options.GetValueOrDefault(name);

    public string? Argument(string name) => _arguments.GetValueOrDefault(name);

    public bool Json => Flag("json");

    /// <summary>
    /// The option as a whole number, or <paramref name="fallback"/> when it is absent. A bad value is added to
    /// <paramref name="problems"/> (not thrown) so a command can report every bad option in one message.
    /// </summary>
    public int Integer(string name, int fallback, ICollection<string> problems)
    {
        var text = Option(name);
        if (text is null)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        problems.Add($"--{name}: '{text}' is not a whole number");
        return fallback;
    }

    /// <summary>Accepts <c>--name value</c>, <c>--name=value</c> and flags; <c>--</c> ends options.</summary>
    public static ParsedArgs Parse(ICliCommand command, IReadOnlyList<string> args)
    {
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        var positional = new List<string>();
        var optionsEnded = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (optionsEnded || !arg.StartsWith("--", StringComparison.Ordinal) || arg == "-")
            {
                positional.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                optionsEnded = true;
                continue;
            }

            var (name, inline) = arg.IndexOf('=', StringComparison.Ordinal) is var eq and > 0 ? (arg[2..eq], arg[(eq + 1)..]) : (arg[2..], null);
            var option = command.Options.FirstOrDefault(o => o.Name == name)
                ?? throw new UsageException($"unknown option '--{name}' for '{command.Name}'");
            if (option.ValueName is null)
            {
                options[name] = inline is null ? null : throw new UsageException($"'--{name}' takes no value");
            }
            else if (inline is not null)
            {
                options[name] = inline;
            }
            else if (i + 1 < args.Count)
            {
                options[name] = args[++i];
            }
            else
            {
                throw new UsageException($"'--{name}' needs a value ({option.ValueName})");
            }
        }

        if (positional.Count > command.Arguments.Count)
        {
            throw new UsageException($"unexpected argument '{positional[command.Arguments.Count]}' for '{command.Name}'");
        }

        var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < command.Arguments.Count; i++)
        {
            var spec = command.Arguments[i];
            var value = i < positional.Count ? positional[i] : spec.Default;
            if (value is null && spec.Required)
            {
                throw new UsageException($"'{command.Name}' needs <{spec.Name}>: {spec.Description}");
            }

            if (value is not null)
            {
                arguments[spec.Name] = value;
            }
        }

        return new ParsedArgs(arguments, options);
    }
}
