namespace Throughline.GraphQL.Language;

public static partial class Printer
{
    // The longest line graphql-js keeps a field's arguments on before putting one argument per line.
    private const int MaxLineLength = 80;

    private static PrintBuffer? BuildExecutable(Node node) => node switch
    {
        OperationDefinition operation => BuildOperation(operation),
        VariableDefinition variable => Join(
        [
            Description(variable.Description),
            Build(variable.Variable),
            Text(": "),
            Build(variable.Type),
            Wrap(" = ", BuildOptional(variable.DefaultValue)),
            Wrap(" ", Join(variable.Directives, " ")),
        ]),
        SelectionSet selectionSet => Block(selectionSet.Selections),
        Field field => BuildField(field),
        FragmentSpread spread => Join(
            [Text("..."), Build(spread.Name), Wrap(" ", Join(spread.Directives, " "))]),
        InlineFragment fragment => Join(
            [
                Text("..."),
                Wrap("on ", BuildOptional(fragment.TypeCondition)),
                Join(fragment.Directives, " "),
                Build(fragment.SelectionSet),
            ],
            " "),
        FragmentDefinition fragment => Join(
        [
            Description(fragment.Description),
            Text("fragment "),
            Build(fragment.Name),
            Text(" on "),
            Build(fragment.TypeCondition),
            Text(" "),
            Wrap(string.Empty, Join(fragment.Directives, " "), " "),
            Build(fragment.SelectionSet),
        ]),
        _ => null,
    };

    private static PrintBuffer BuildOperation(OperationDefinition node)
    {
        var operation = OperationName(node.Operation);
        var variables = BuildAll(node.VariableDefinitions);
        var variableDefinitions = HasMultilineItems(variables)
            ? Wrap("(\n", Join(variables, "\n"), "\n)")
            : Wrap("(", Join(variables, ", "), ")");
        var prefix = Join(
        [
            Description(node.Description),
            Join(
                [Text(operation), Join([BuildOptional(node.Name), variableDefinitions]), Join(node.Directives, " ")],
                " "),
        ]);

        // Anonymous queries without directives or variables print as the shorthand { ... }.
        var isShorthand = node.Operation == OperationType.Query && prefix.Length == operation.Length;
        return Join([isShorthand ? PrintBuffer.Empty : Join([prefix, Text(" ")]), Build(node.SelectionSet)]);
    }

    private static PrintBuffer BuildField(Field field)
    {
        var prefix = Join([Wrap(string.Empty, BuildOptional(field.Alias), ": "), Build(field.Name)]);
        return Join(
        [
            WrappedLineAndArguments(prefix, BuildAll(field.Arguments)),
            Wrap(" ", Join(field.Directives, " ")),
            Wrap(" ", BuildOptional(field.SelectionSet)),
        ]);
    }

    private static PrintBuffer WrappedLineAndArguments(PrintBuffer prefix, List<PrintBuffer> arguments)
    {
        if (arguments.Count == 0)
        {
            return prefix;
        }

        var joinedLength = 0;
        foreach (var argument in arguments)
        {
            if (argument.Length != 0)
            {
                joinedLength += (joinedLength == 0 ? 0 : 2) + argument.Length;
            }
        }

        return Join(
        [
            prefix,
            prefix.Length + joinedLength + 2 > MaxLineLength
                ? Wrap("(\n", Join(arguments, "\n").Indent(), "\n)")
                : Wrap("(", Join(arguments, ", "), ")"),
        ]);
    }
}
