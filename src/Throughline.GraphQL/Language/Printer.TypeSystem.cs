namespace Throughline.GraphQL.Language;

public static partial class Printer
{
    private static PrintBuffer? BuildTypeSystem(Node node) => node switch
    {
        SchemaDefinition schema => Join(
        [
            Description(schema.Description),
            Join([Text("schema"), Join(schema.Directives, " "), Block(schema.OperationTypes)], " "),
        ]),
        OperationTypeDefinition operationType => Join(
            [Text(OperationName(operationType.Operation)), Text(": "), Build(operationType.Type)]),
        ScalarTypeDefinition scalar => Join(
        [
            Description(scalar.Description),
            Join([Text("scalar"), Build(scalar.Name), Join(scalar.Directives, " ")], " "),
        ]),
        ObjectTypeDefinition type => Join(
        [
            Description(type.Description),
            Join(
                [
                    Text("type"),
                    Build(type.Name),
                    Wrap("implements ", Join(type.Interfaces, " & ")),
                    Join(type.Directives, " "),
                    Block(type.Fields),
                ],
                " "),
        ]),
        FieldDefinition field => Join(
        [
            Description(field.Description),
            Build(field.Name),
            ArgumentDefinitions(field.Arguments),
            Text(": "),
            Build(field.Type),
            Wrap(" ", Join(field.Directives, " ")),
        ]),
        InputValueDefinition input => Join(
        [
            Description(input.Description),
            Build(input.Name),
            Text(": "),
            Build(input.Type),
            Wrap(" = ", BuildOptional(input.DefaultValue)),
            Wrap(" ", Join(input.Directives, " ")),
        ]),
        InterfaceTypeDefinition type => Join(
        [
            Description(type.Description),
            Join(
                [
                    Text("interface"),
                    Build(type.Name),
                    Wrap("implements ", Join(type.Interfaces, " & ")),
                    Join(type.Directives, " "),
                    Block(type.Fields),
                ],
                " "),
        ]),
        UnionTypeDefinition union => Join(
        [
            Description(union.Description),
            Join(
                [Text("union"), Build(union.Name), Join(union.Directives, " "), Wrap("= ", Join(union.Types, " | "))],
                " "),
        ]),
        EnumTypeDefinition type => Join(
        [
            Description(type.Description),
            Join([Text("enum"), Build(type.Name), Join(type.Directives, " "), Block(type.Values)], " "),
        ]),
        EnumValueDefinition value => Join(
        [
            Description(value.Description),
            Join([Build(value.Name), Join(value.Directives, " ")], " "),
        ]),
        InputObjectTypeDefinition type => Join(
        [
            Description(type.Description),
            Join([Text("input"), Build(type.Name), Join(type.Directives, " "), Block(type.Fields)], " "),
        ]),
        DirectiveDefinition directive => Join(
        [
            Description(directive.Description),
            Text("directive @"),
            Build(directive.Name),
            ArgumentDefinitions(directive.Arguments),
            Text(directive.Repeatable ? " repeatable" : string.Empty),
            Text(" on "),
            Join(directive.Locations, " | "),
        ]),
        _ => null,
    };

    private static PrintBuffer? BuildExtension(Node node) => node switch
    {
        SchemaExtension schema => Join(
            [Text("extend schema"), Join(schema.Directives, " "), Block(schema.OperationTypes)], " "),
        ScalarTypeExtension scalar => Join(
            [Text("extend scalar"), Build(scalar.Name), Join(scalar.Directives, " ")], " "),
        ObjectTypeExtension type => Join(
            [
                Text("extend type"),
                Build(type.Name),
                Wrap("implements ", Join(type.Interfaces, " & ")),
                Join(type.Directives, " "),
                Block(type.Fields),
            ],
            " "),
        InterfaceTypeExtension type => Join(
            [
                Text("extend interface"),
                Build(type.Name),
                Wrap("implements ", Join(type.Interfaces, " & ")),
                Join(type.Directives, " "),
                Block(type.Fields),
            ],
            " "),
        UnionTypeExtension union => Join(
            [Text("extend union"), Build(union.Name), Join(union.Directives, " "), Wrap("= ", Join(union.Types, " | "))],
            " "),
        EnumTypeExtension type => Join(
            [Text("extend enum"), Build(type.Name), Join(type.Directives, " "), Block(type.Values)], " "),
        InputObjectTypeExtension type => Join(
            [Text("extend input"), Build(type.Name), Join(type.Directives, " "), Block(type.Fields)], " "),
        _ => null,
    };

    private static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };
}
