using System.Text;

namespace Throughline.GraphQL.Language;

/// <summary>
/// Prints syntax trees back to GraphQL text exactly like graphql-js 16.15 <c>print()</c>
/// (same layout, block strings for block-string values, argument lists wrapped past 80 columns).
/// </summary>
public static partial class Printer
{
    public static string Print(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return Build(node).Render();
    }

    /// <summary>
    /// graphql-js print(node, { maxIndentDepth }): below that depth, line breaks (except inside block strings)
    /// become spaces, which keeps deeply nested documents from printing as huge indentation.
    /// </summary>
    public static string Print(Node node, int maxIndentDepth)
    {
        ArgumentNullException.ThrowIfNull(node);
        return Build(node).Render(maxIndentDepth);
    }

    /// <summary>graphql-js printForError: print with maxIndentDepth 100, as its error messages quote nodes.</summary>
    public static string PrintForError(Node node) => Print(node, 100);

    /// <summary>graphql-js printString: a JSON-style quoted string literal.</summary>
    public static string PrintString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '\b': builder.Append("\\b"); break;
                case '\t': builder.Append("\\t"); break;
                case '\n': builder.Append("\\n"); break;
                case '\f': builder.Append("\\f"); break;
                case '\r': builder.Append("\\r"); break;
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case < '\u0020' or (>= '\u007F' and <= '\u009F'):
                    builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default: builder.Append(c); break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static PrintBuffer Build(Node node) => node switch
    {
        Name name => Text(name.Value),
        Document document => Join(document.Definitions, "\n\n"),
        Value value => BuildValue(value),
        TypeNode type => BuildType(type),
        Directive directive => Join([Text("@"), Build(directive.Name), Wrap("(", Join(directive.Arguments, ", "), ")")]),
        Argument argument => Join([Build(argument.Name), Text(": "), Build(argument.Value)]),
        ObjectField field => Join([Build(field.Name), Text(": "), Build(field.Value)]),
        _ => BuildExecutable(node) ?? BuildTypeSystem(node) ?? BuildExtension(node)
            ?? throw new ArgumentException($"Cannot print a {node.GetType().Name} node.", nameof(node)),
    };

    private static PrintBuffer BuildValue(Value value) => value switch
    {
        Variable variable => Join([Text("$"), Build(variable.Name)]),
        IntValue v => Text(v.Value),
        FloatValue v => Text(v.Value),
        StringValue { Block: true } v => new PrintBuffer(BlockString.Print(v.Value), isBlockString: true),
        StringValue v => Text(PrintString(v.Value)),
        BooleanValue v => Text(v.Value ? "true" : "false"),
        NullValue => Text("null"),
        EnumValue v => Text(v.Value),
        ListValue list => Join([Text("["), Join(list.Values, ", "), Text("]")]),
        ObjectValue obj => Join([Text("{"), Join(obj.Fields, ", "), Text("}")]),
        _ => throw new ArgumentException($"Cannot print a {value.GetType().Name} value.", nameof(value)),
    };

    private static PrintBuffer BuildType(TypeNode type) => type switch
    {
        NamedType named => Build(named.Name),
        ListType list => Join([Text("["), Build(list.Type), Text("]")]),
        NonNullType nonNull => Join([Build(nonNull.Type), Text("!")]),
        _ => throw new ArgumentException($"Cannot print a {type.GetType().Name} type.", nameof(type)),
    };

    private static PrintBuffer Text(string text) => new(text);

    private static PrintBuffer? BuildOptional(Node? node) => node is null ? null : Build(node);

    private static List<PrintBuffer> BuildAll<T>(IReadOnlyList<T> nodes)
        where T : Node
    {
        var buffers = new List<PrintBuffer>(nodes.Count);
        foreach (var node in nodes)
        {
            buffers.Add(Build(node));
        }

        return buffers;
    }

    private static PrintBuffer Join<T>(IReadOnlyList<T> nodes, string separator)
        where T : Node => Join(BuildAll(nodes), separator);

    /// <summary>graphql-js join: non-empty items with the separator between; appends into the first item.</summary>
    private static PrintBuffer Join(IReadOnlyList<PrintBuffer?> items, string separator = "")
    {
        var result = PrintBuffer.Empty;
        foreach (var item in items)
        {
            if (item is null || item.Length == 0)
            {
                continue;
            }

            if (result.Length == 0)
            {
                result = item;
            }
            else
            {
                result.Append(separator).Append(item);
            }
        }

        return result;
    }

    /// <summary>graphql-js wrap: start + buffer + end when the buffer is non-empty, else nothing.</summary>
    private static PrintBuffer Wrap(string start, PrintBuffer? buffer, string end = "")
    {
        if (buffer is null || buffer.Length == 0)
        {
            return PrintBuffer.Empty;
        }

        return start.Length == 0 ? buffer.Append(end) : Text(start).Append(buffer).Append(end);
    }

    private static PrintBuffer Description(StringValue? description) => Wrap(string.Empty, BuildOptional(description), "\n");

    private static PrintBuffer Block<T>(IReadOnlyList<T> nodes)
        where T : Node => Wrap("{\n", Join(nodes, "\n").Indent(), "\n}");

    private static bool HasMultilineItems(List<PrintBuffer> items) => items.Exists(item => item.Newlines != 0);

    /// <summary>Argument definitions: one per line when any of them spans lines (e.g. has a block description).</summary>
    private static PrintBuffer ArgumentDefinitions(IReadOnlyList<InputValueDefinition> arguments)
    {
        var items = BuildAll(arguments);
        return HasMultilineItems(items)
            ? Wrap("(\n", Join(items, "\n").Indent(), "\n)")
            : Wrap("(", Join(items, ", "), ")");
    }
}
