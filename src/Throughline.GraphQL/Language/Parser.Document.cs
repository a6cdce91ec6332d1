namespace Throughline.GraphQL.Language;

public static partial class Parser
{
    private ref partial struct Reader
    {
        // https://spec.graphql.org/October2021/#Document
        public Document ParseDocument()
        {
            var start = Current;
            var definitions = Many(TokenKind.StartOfFile, static (ref Reader r) => r.ParseDefinition(), TokenKind.EndOfFile);
            return new Document(definitions) { Location = LocationFrom(start), Source = _lexer.Source };
        }

        // https://spec.graphql.org/October2021/#Definition
        // Type-system definitions may start with a description, so the keyword may be one token ahead.
        private Definition ParseDefinition()
        {
            if (Peek(TokenKind.BraceL))
            {
                return ParseOperationDefinition();
            }

            var hasDescription = PeekDescription();
            var keyword = hasDescription ? _lexer.Lookahead() : Current;
            if (hasDescription && keyword.Kind == TokenKind.BraceL)
            {
                throw Error(
                    Current.Start,
                    "Unexpected description, descriptions are not supported on shorthand queries.");
            }

            if (keyword.Kind == TokenKind.Name)
            {
                switch (_lexer.Body[keyword.Start..keyword.End])
                {
                    case "schema":
                        return ParseSchemaDefinition();
                    case "scalar":
                        return ParseScalarTypeDefinition();
                    case "type":
                        return ParseObjectTypeDefinition();
                    case "interface":
                        return ParseInterfaceTypeDefinition();
                    case "union":
                        return ParseUnionTypeDefinition();
                    case "enum":
                        return ParseEnumTypeDefinition();
                    case "input":
                        return ParseInputObjectTypeDefinition();
                    case "directive":
                        return ParseDirectiveDefinition();
                    case "query" or "mutation" or "subscription":
                        return ParseOperationDefinition();
                    case "fragment":
                        return ParseFragmentDefinition();
                }

                if (hasDescription)
                {
                    throw Error(
                        Current.Start,
                        "Unexpected description, only GraphQL definitions support descriptions.");
                }

                if (IsKeyword(keyword, "extend"))
                {
                    return ParseTypeSystemExtension();
                }
            }

            throw Unexpected(keyword);
        }

        private readonly bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

        // https://spec.graphql.org/October2021/#Description
        private StringValue? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;
    }
}
