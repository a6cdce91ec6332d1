namespace Throughline.GraphQL.Language;

public static partial class Parser
{
    private ref partial struct Reader
    {
        // https://spec.graphql.org/October2021/#TypeSystemExtension
        private TypeSystemDefinition ParseTypeSystemExtension()
        {
            var keyword = _lexer.Lookahead();
            if (keyword.Kind == TokenKind.Name)
            {
                switch (_lexer.Body[keyword.Start..keyword.End])
                {
                    case "schema":
                        return ParseSchemaExtension();
                    case "scalar":
                        return ParseScalarTypeExtension();
                    case "type":
                        return ParseObjectTypeExtension();
                    case "interface":
                        return ParseInterfaceTypeExtension();
                    case "union":
                        return ParseUnionTypeExtension();
                    case "enum":
                        return ParseEnumTypeExtension();
                    case "input":
                        return ParseInputObjectTypeExtension();
                }
            }

            throw Unexpected(keyword);
        }

        // https://spec.graphql.org/October2021/#SchemaExtension
        private SchemaExtension ParseSchemaExtension()
        {
            var start = Current;
            ExpectKeyword("extend");
            ExpectKeyword("schema");
            var directives = ParseDirectives(isConst: true);
            var operationTypes = OptionalMany(
                TokenKind.BraceL, static (ref Reader r) => r.ParseOperationTypeDefinition(), TokenKind.BraceR);
            if (directives.Count == 0 && operationTypes.Count == 0)
            {
                throw Unexpected();
            }

            return new SchemaExtension(directives, operationTypes) { Location = LocationFrom(start) };
        }

        // https://spec.graphql.org/October2021/#ScalarTypeExtension
        private ScalarTypeExtension ParseScalarTypeExtension()
        {
            var start = Current;
            ExpectKeyword("extend");
            ExpectKeyword("scalar");
            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            if (directives.Count == 0)
            {
                throw Unexpected();
            }

            return new ScalarTypeExtension(name, directives) { Location = LocationFrom(start) };
        }

        // https://spec.graphql.org/October2021/#ObjectTypeExtension
        private ObjectTypeExtension ParseObjectTypeExtension()
        {
            var start = Current;
            ExpectKeyword("extend");
            ExpectKeyword("type");
            var name = ParseName();
            var interfaces = ParseImplementsInterfaces();
            var directives = ParseDirectives(isConst: true);
            var fields = ParseFieldsDefinition();
            if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
            {
                throw Unexpected();
            }

            return new ObjectTypeExtension(name, interfaces, directives, fields) { Location = LocationFrom(start) };
        }

        // https://spec.graphql.org/October2021/#InterfaceTypeExtension
        private InterfaceTypeExtension ParseInterfaceTypeExtension()
        {
            var start = Current;
            ExpectKeyword("extend");
            ExpectKeyword("interface");
            var name = ParseName();
            var interfaces = ParseImplementsInterfaces();
            var directives = ParseDirectives(isConst: true);
            var fields = ParseFieldsDefinition();
            if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
            {
                throw Unexpected();
            }

            return new InterfaceTypeExtension(name, interfaces, directives, fields) { Location = LocationFrom(start) };
        }

        // https://spec.graphql.org/October2021/#UnionTypeExtension
        private UnionTypeExtension ParseUnionTypeExtension()
        {
            var start = Current;
            ExpectKeyword("extend");
            ExpectKeyword("union");
            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            var types = ParseUnionMemberTypes();
            if (directives.Count == 0 && types.Count == 0)
            {
                throw Unexpected();
            }

            return new UnionTypeExtension(name, directives, types) { Location = LocationFrom(start) };
        }

        // https://spec.graphql.org/October2021/#EnumTypeExtension
        private EnumTypeExtension ParseEnumTypeExtension()
        {
            var start = Current;
            ExpectKeyword("extend");
            ExpectKeyword("enum");
            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            var values = ParseEnumValuesDefinition();
            if (directives.Count == 0 && values.Count == 0)
            {
                throw Unexpected();
            }

            return new EnumTypeExtension(name, directives, values) { Location = LocationFrom(start) };
        }

        // https://spec.graphql.org/October2021/#InputObjectTypeExtension
        private InputObjectTypeExtension ParseInputObjectTypeExtension()
        {
            var start = Current;
            ExpectKeyword("extend");
            ExpectKeyword("input");
            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            var fields = ParseInputFieldsDefinition();
            if (directives.Count == 0 && fields.Count == 0)
            {
                throw Unexpected();
            }

            return new InputObjectTypeExtension(name, directives, fields) { Location = LocationFrom(start) };
        }
    }
}
