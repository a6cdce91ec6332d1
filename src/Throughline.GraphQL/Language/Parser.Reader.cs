using System.Runtime.CompilerServices;

namespace Throughline.GraphQL.Language;

public static partial class Parser
{
    private delegate T ItemParser<out T>(ref Reader reader);

    /// <summary>
    /// Parsing state over one source. The token helpers below mirror graphql-js's Parser utilities
    /// (expectToken, expectKeyword, unexpected, many, ...) so that error messages and positions match.
    /// </summary>
    private ref partial struct Reader
    {
        private readonly ParseOptions _options;
        private readonly NodeStack _scratch;
        private Lexer _lexer;
        private int _tokenCount;
        private int _depth;

        public Reader(Source source, ParseOptions options)
        {
            _lexer = new Lexer(source);
            _options = options;
            _scratch = NodeStack.Rent();
        }

        private readonly Token Current => _lexer.Token;

        /// <summary>Location from a node's first token to the last token consumed, as graphql-js's node().</summary>
        private readonly Location LocationFrom(Token start) => new(start.Start, _lexer.LastEnd);

        private readonly bool Peek(TokenKind kind) => _lexer.Token.Kind == kind;

        public Token ExpectToken(TokenKind kind)
        {
            var token = _lexer.Token;
            if (token.Kind != kind)
            {
                throw Error(token.Start, $"Expected {kind.Describe()}, found {Describe(token)}.");
            }

            AdvanceLexer();
            return token;
        }

        private bool ExpectOptionalToken(TokenKind kind)
        {
            if (_lexer.Token.Kind != kind)
            {
                return false;
            }

            AdvanceLexer();
            return true;
        }

        private void ExpectKeyword(string value)
        {
            var token = _lexer.Token;
            if (!IsKeyword(token, value))
            {
                throw Error(token.Start, $"Expected \"{value}\", found {Describe(token)}.");
            }

            AdvanceLexer();
        }

        private bool ExpectOptionalKeyword(string value)
        {
            if (!IsKeyword(_lexer.Token, value))
            {
                return false;
            }

            AdvanceLexer();
            return true;
        }

        private readonly bool IsKeyword(Token token, string value) =>
            token.Kind == TokenKind.Name && _lexer.Body[token.Start..token.End].SequenceEqual(value);

        /// <summary>graphql-js compares token.value whatever the kind; a string token's value is its decoded text.</summary>
        private readonly bool ValueEquals(Token token, string value) =>
            token.Kind == TokenKind.Name ? IsKeyword(token, value) : TokenValue(token) == value;

        private readonly GraphQLSyntaxException Unexpected(Token token) =>
            Error(token.Start, $"Unexpected {Describe(token)}.");

        private readonly GraphQLSyntaxException Unexpected() => Unexpected(_lexer.Token);

        private readonly GraphQLSyntaxException Error(int position, string description) =>
            SyntaxError.Create(_lexer.Source, position, description);

        /// <summary>graphql-js getTokenDesc: kind, then the value in quotes when the token has one.</summary>
        private readonly string Describe(Token token)
        {
            var value = TokenValue(token);
            return value is null ? token.Kind.Describe() : $"{token.Kind.Describe()} \"{value}\"";
        }

        private readonly string? TokenValue(Token token) => token.Kind switch
        {
            TokenKind.String or TokenKind.BlockString => _lexer.StringValue(token),
            TokenKind.Comment => _lexer.Body[(token.Start + 1)..token.End].ToString(),
            _ when token.Kind.HasValue() => _lexer.Body[token.Start..token.End].ToString(),
            _ => null,
        };

        private void AdvanceLexer()
        {
            var token = _lexer.Advance();
            if (token.Kind != TokenKind.EndOfFile && ++_tokenCount > _options.MaxTokens)
            {
                // Wording (including "more that") is graphql-js 16's maxTokens error, verbatim.
                throw Error(token.Start, $"Document contains more that {_options.MaxTokens} tokens. Parsing aborted.");
            }
        }

        private void EnterNesting()
        {
            if (++_depth > _options.MaxDepth)
            {
                throw Error(
                    _lexer.Token.Start,
                    $"Document is nested deeper than {_options.MaxDepth} levels. Parsing aborted.");
            }

            // A generous MaxDepth must still not overflow the stack: that would kill the process, not fail the parse.
            // Shallow levels cannot exhaust it, so they skip the check.
            if (_depth > 64 && !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            {
                throw Error(_lexer.Token.Start, "Document is nested too deeply to parse. Parsing aborted.");
            }
        }

        private void ExitNesting() => _depth--;

        private readonly string TokenText(Token token) => _lexer.Body[token.Start..token.End].ToString();

        // https://spec.graphql.org/October2021/#Name
        private Name ParseName()
        {
            var token = ExpectToken(TokenKind.Name);
            return new Name(NameTable.Get(_lexer.Body[token.Start..token.End])) { Location = LocationFrom(token) };
        }

        /// <summary>open item+ close (graphql-js many).</summary>
        private T[] Many<T>(TokenKind open, ItemParser<T> parseItem, TokenKind close)
            where T : Node
        {
            ExpectToken(open);
            var mark = _scratch.Count;
            do
            {
                _scratch.Push(parseItem(ref this));
            }
            while (!ExpectOptionalToken(close));
            return _scratch.PopSince<T>(mark);
        }

        /// <summary>(open item+ close)? (graphql-js optionalMany); empty when the open token is absent.</summary>
        private IReadOnlyList<T> OptionalMany<T>(TokenKind open, ItemParser<T> parseItem, TokenKind close)
            where T : Node => Peek(open) ? Many(open, parseItem, close) : [];

        /// <summary>open item* close (graphql-js any).</summary>
        private T[] Any<T>(TokenKind open, ItemParser<T> parseItem, TokenKind close)
            where T : Node
        {
            ExpectToken(open);
            var mark = _scratch.Count;
            while (!ExpectOptionalToken(close))
            {
                _scratch.Push(parseItem(ref this));
            }

            return _scratch.PopSince<T>(mark);
        }

        /// <summary>delimiter? item (delimiter item)* (graphql-js delimitedMany).</summary>
        private T[] DelimitedMany<T>(TokenKind delimiter, ItemParser<T> parseItem)
            where T : Node
        {
            ExpectOptionalToken(delimiter);
            var mark = _scratch.Count;
            do
            {
                _scratch.Push(parseItem(ref this));
            }
            while (ExpectOptionalToken(delimiter));
            return _scratch.PopSince<T>(mark);
        }
    }
}
