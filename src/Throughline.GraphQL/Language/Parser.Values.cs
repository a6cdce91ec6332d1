namespace Throughline.GraphQL.Language;

public static partial class Parser
{
    private ref partial struct Reader
    {
        // https://spec.graphql.org/October2021/#Value
        public Value ParseValueLiteral(bool isConst)
        {
            var token = Current;
            switch (token.Kind)
            {
                case TokenKind.BracketL:
                    return ParseList(isConst);
                case TokenKind.BraceL:
                    return ParseObject(isConst);
                case TokenKind.Int:
                    AdvanceLexer();
                    return new IntValue(TokenText(token)) { Location = LocationFrom(token) };
                case TokenKind.Float:
                    AdvanceLexer();
                    return new FloatValue(TokenText(token)) { Location = LocationFrom(token) };
                case TokenKind.String or TokenKind.BlockString:
                    return ParseStringLiteral();
                case TokenKind.Name:
                    AdvanceLexer();
                    return ParseNameValue(token);
                case TokenKind.Dollar:
                    if (isConst)
                    {
                        ExpectToken(TokenKind.Dollar);
                        if (Current.Kind == TokenKind.Name)
                        {
                            throw Error(
                                token.Start, $"Unexpected variable \"${TokenText(Current)}\" in constant value.");
                        }

                        throw Unexpected(token);
                    }

                    return ParseVariable();
                default:
                    throw Unexpected();
            }
        }

        // https://spec.graphql.org/October2021/#BooleanValue, #NullValue and #EnumValue
        private readonly Value ParseNameValue(Token token)
        {
            var text = _lexer.Body[token.Start..token.End];
            var location = LocationFrom(token);
            return text switch
            {
                "true" => new BooleanValue(true) { Location = location },
                "false" => new BooleanValue(false) { Location = location },
                "null" => new NullValue { Location = location },
                _ => new EnumValue(text.ToString()) { Location = location },
            };
        }

        // https://spec.graphql.org/October2021/#StringValue
        private StringValue ParseStringLiteral()
        {
            var token = Current;
            AdvanceLexer();
            return new StringValue(_lexer.StringValue(token), token.Kind == TokenKind.BlockString)
            {
                Location = LocationFrom(token),
            };
        }

        // https://spec.graphql.org/October2021/#ListValue
        private ListValue ParseList(bool isConst)
        {
            var start = Current;
            EnterNesting();
            var values = isConst
                ? Any(TokenKind.BracketL, static (ref Reader r) => r.ParseValueLiteral(isConst: true), TokenKind.BracketR)
                : Any(TokenKind.BracketL, static (ref Reader r) => r.ParseValueLiteral(isConst: false), TokenKind.BracketR);
            ExitNesting();
            return new ListValue(values) { Location = LocationFrom(start) };
        }

        // https://spec.graphql.org/October2021/#ObjectValue
        private ObjectValue ParseObject(bool isConst)
        {
            var start = Current;
            EnterNesting();
            var fields = isConst
                ? Any(TokenKind.BraceL, static (ref Reader r) => r.ParseObjectField(isConst: true), TokenKind.BraceR)
                : Any(TokenKind.BraceL, static (ref Reader r) => r.ParseObjectField(isConst: false), TokenKind.BraceR);
            ExitNesting();
            return new ObjectValue(fields) { Location = LocationFrom(start) };
        }

        // https://spec.graphql.org/October2021/#ObjectField
        private ObjectField ParseObjectField(bool isConst)
        {
            var start = Current;
            var name = ParseName();
            ExpectToken(TokenKind.Colon);
            var value = ParseValueLiteral(isConst);
            return new ObjectField(name, value) { Location = LocationFrom(start) };
        }

        // https://spec.graphql.org/October2021/#Directives
        private IReadOnlyList<Directive> ParseDirectives(bool isConst)
        {
            if (!Peek(TokenKind.At))
            {
                return [];
            }

            var mark = _scratch.Count;
            while (Peek(TokenKind.At))
            {
                _scratch.Push(ParseDirective(isConst));
            }

            return _scratch.PopSince<Directive>(mark);
        }

        // https://spec.graphql.org/October2021/#Directive
        private Directive ParseDirective(bool isConst)
        {
            var start = Current;
            ExpectToken(TokenKind.At);
            var name = ParseName();
            var arguments = ParseArguments(isConst);
            return new Directive(name, arguments) { Location = LocationFrom(start) };
        }

        // https://spec.graphql.org/October2021/#Type
        public TypeNode ParseTypeReference()
        {
            var start = Current;
            TypeNode type;
            if (Peek(TokenKind.BracketL))
            {
                // Checked before consuming "[", so a depth error points at the bracket, as for values and selections.
                EnterNesting();
                AdvanceLexer();
                var inner = ParseTypeReference();
                ExpectToken(TokenKind.BracketR);
                ExitNesting();
                type = new ListType(inner) { Location = LocationFrom(start) };
            }
            else
            {
                type = ParseNamedType();
            }

            return ExpectOptionalToken(TokenKind.Bang) ? new NonNullType(type) { Location = LocationFrom(start) } : type;
        }

        // https://spec.graphql.org/October2021/#NamedType
        private NamedType ParseNamedType()
        {
            var start = Current;
            var name = ParseName();
            return new NamedType(name) { Location = LocationFrom(start) };
        }
    }
}
