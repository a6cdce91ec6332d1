namespace Throughline.GraphQL.Language;

public static partial class Parser
{
    private ref partial struct Reader
    {
        // https://spec.graphql.org/October2021/#SchemaDefinition
        private SchemaDefinition ParseSchemaDefinition()
        {
            var start = Current;
            var description = ParseDescription();
            ExpectKeyword("schema");
            var directives = ParseDirectives(isConst: true);
            var operationTypes = Many(
                TokenKind.BraceL, static (ref Reader r) => r.ParseOperationTypeDefinition(), TokenKind.BraceR);
            return new SchemaDefinition(description, directives, operationTypes) { Location = LocationFrom(start) };
        }

        // https://spec.graphql.org/October2021/#RootOperationTypeDefinition
        private OperationTypeDefinition ParseOperationTypeDefinition()
        {
            var start = Current;
            var operation = ParseOperationType();
            ExpectToken(TokenKind.Colon);
            var type = ParseNamedType();
            return new OperationTypeDefinition(operation, type) { Location = LocationFrom(start) };
        }

        // https://spec.graphql.org/October2021/#ScalarTypeDefinition
        private ScalarTypeDefinition ParseScalarTypeDefinition()
        {
            var start = Current;
            var description = ParseDescription();
            ExpectKeyword("scalar");
            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            return new ScalarTypeDefinition(description, name, directives) { Location = LocationFrom(start) };
        }

        // https://spec.graphql.org/October2021/#ObjectTypeDefinition
        private ObjectTypeDefinition ParseObjectTypeDefinition()
        {
            var start = Current;
            var description = ParseDescription();
            ExpectKeyword("type");
            var name = ParseName();
            var interfaces = ParseImplementsInterfaces();
            var directives = ParseDirectives(isConst: true);
            var fields = ParseFieldsDefinition();
            return new ObjectTypeDefinition(description, name, interfaces, directives, fields)
            {
                Location = LocationFrom(start),
            };
        }

        // https://spec.graphql.org/October2021/#ImplementsInterfaces
        private IReadOnlyList<NamedType> ParseImplementsInterfaces() => ExpectOptionalKeyword("implements")
            ? DelimitedMany(TokenKind.Amp, static (ref Reader r) => r.ParseNamedType())
            : [];

        // https://spec.graphql.org/October2021/#FieldsDefinition
        private IReadOnlyList<FieldDefinition> ParseFieldsDefinition() =>
            OptionalMany(TokenKind.BraceL, static (ref Reader r) => r.ParseFieldDefinition(), TokenKind.BraceR);

        // https://spec.graphql.org/October2021/#FieldDefinition
        private FieldDefinition ParseFieldDefinition()
        {
            var start = Current;
            var description = ParseDescription();
            var name = ParseName();
            var arguments = ParseArgumentDefinitions();
            ExpectToken(TokenKind.Colon);
            var type = ParseTypeReference();
            var directives = ParseDirectives(isConst: true);
            return new FieldDefinition(description, name, arguments, type, directives) { Location = LocationFrom(start) };
        }

        // https://spec.graphql.org/October2021/#ArgumentsDefinition
        private IReadOnlyList<InputValueDefinition> ParseArgumentDefinitions() =>
            OptionalMany(TokenKind.ParenL, static (ref Reader r) => r.ParseInputValueDefinition(), TokenKind.ParenR);

        // https://spec.graphql.org/October2021/#InputValueDefinition
        private InputValueDefinition ParseInputValueDefinition()
        {
            var start = Current;
            var description = ParseDescription();
            var name = ParseName();
            ExpectToken(TokenKind.Colon);
            var type = ParseTypeReference();
            var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
            var directives = ParseDirectives(isConst: true);
            return new InputValueDefinition(description, name, type, defaultValue, directives)
            {
                Location = LocationFrom(start),
            };
        }

        // https://spec.graphql.org/October2021/#InterfaceTypeDefinition
        private InterfaceTypeDefinition ParseInterfaceTypeDefinition()
        {
            var start = Current;
            var description = ParseDescription();
            ExpectKeyword("interface");
            var name = ParseName();
            var interfaces = ParseImplementsInterfaces();
            var directives = ParseDirectives(isConst: true);
            var fields = ParseFieldsDefinition();
            return new InterfaceTypeDefinition(description, name, interfaces, directives, fields)
            {
                Location = LocationFrom(start),
            };
        }

        // https://spec.graphql.org/October2021/#UnionTypeDefinition
        private UnionTypeDefinition ParseUnionTypeDefinition()
        {
            var start = Current;
            var description = ParseDescription();
            ExpectKeyword("union");
            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            var types = ParseUnionMemberTypes();
            return new UnionTypeDefinition(description, name, directives, types) { Location = LocationFrom(start) };
        }

        // https://spec.graphql.org/October2021/#UnionMemberTypes
        private IReadOnlyList<NamedType> ParseUnionMemberTypes() => ExpectOptionalToken(TokenKind.Equals)
            ? DelimitedMany(TokenKind.Pipe, static (ref Reader r) => r.ParseNamedType())
            : [];

        // https://spec.graphql.org/October2021/#EnumTypeDefinition
        private EnumTypeDefinition ParseEnumTypeDefinition()
        {
            var start = Current;
            var description = ParseDescription();
            ExpectKeyword("enum");
            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            var values = ParseEnumValuesDefinition();
            return new EnumTypeDefinition(description, name, directives, values) { Location = LocationFrom(start) };
        }

        // https://spec.graphql.org/October2021/#EnumValuesDefinition
        private IReadOnlyList<EnumValueDefinition> ParseEnumValuesDefinition() =>
            OptionalMany(TokenKind.BraceL, static (ref Reader r) => r.ParseEnumValueDefinition(), TokenKind.BraceR);

        // https://spec.graphql.org/October2021/#EnumValueDefinition
        private EnumValueDefinition ParseEnumValueDefinition()
        {
            var start = Current;
            var description = ParseDescription();
            var name = ParseEnumValueName();
            var directives = ParseDirectives(isConst: true);
            return new EnumValueDefinition(description, name, directives) { Location = LocationFrom(start) };
        }

        // https://spec.graphql.org/October2021/#EnumValue: any Name but true, false and null.
        private Name ParseEnumValueName()
        {
            var token = Current;
            if (ValueEquals(token, "true") || ValueEquals(token, "false") || ValueEquals(token, "null"))
            {
                throw Error(token.Start, $"{Describe(token)} is reserved and cannot be used for an enum value.");
            }

            return ParseName();
        }

        // https://spec.graphql.org/October2021/#InputObjectTypeDefinition
        private InputObjectTypeDefinition ParseInputObjectTypeDefinition()
        {
            var start = Current;
            var description = ParseDescription();
            ExpectKeyword("input");
            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            var fields = ParseInputFieldsDefinition();
            return new InputObjectTypeDefinition(description, name, directives, fields) { Location = LocationFrom(start) };
        }

        // https://spec.graphql.org/October2021/#InputFieldsDefinition
        private IReadOnlyList<InputValueDefinition> ParseInputFieldsDefinition() =>
            OptionalMany(TokenKind.BraceL, static (ref Reader r) => r.ParseInputValueDefinition(), TokenKind.BraceR);

        // https://spec.graphql.org/October2021/#DirectiveDefinition
        private DirectiveDefinition ParseDirectiveDefinition()
        {
            var start = Current;
            var description = ParseDescription();
            ExpectKeyword("directive");
            ExpectToken(TokenKind.At);
            var name = ParseName();
            var arguments = ParseArgumentDefinitions();
            var repeatable = ExpectOptionalKeyword("repeatable");
            ExpectKeyword("on");
            var locations = DelimitedMany(TokenKind.Pipe, static (ref Reader r) => r.ParseDirectiveLocation());
            return new DirectiveDefinition(description, name, arguments, repeatable, locations)
            {
                Location = LocationFrom(start),
            };
        }

        // https://spec.graphql.org/October2021/#DirectiveLocation
        private Name ParseDirectiveLocation()
        {
            var start = Current;
            var name = ParseName();
            return DirectiveLocationNames.Contains(name.Value) ? name : throw Unexpected(start);
        }
    }

    // graphql-js 16.15 DirectiveLocation (DIRECTIVE_DEFINITION included, as there).
    private static readonly HashSet<string> DirectiveLocationNames =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
        "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION", "DIRECTIVE_DEFINITION",
    ];
}
