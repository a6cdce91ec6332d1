using System.Buffers;

namespace Throughline.GraphQL.Language;

/// <summary>
/// Span-based GraphQL lexer (https://spec.graphql.org/October2021/#sec-Language.Source-Text), a port of graphql-js 16's
/// lexer so that every syntax error carries the same message and position. Copying the struct gives a cheap lookahead.
/// </summary>
internal ref partial struct Lexer
{
    // ASCII only, which keeps SearchValues on its fastest path; a BOM ends the run and is skipped on its own.
    private static readonly SearchValues<char> IgnoredCharacters = SearchValues.Create("\t ,\n\r");

    private readonly ReadOnlySpan<char> _body;
    private readonly Source _source;

    public Lexer(Source source)
    {
        _source = source;
        _body = source.Body.AsSpan();
        Token = new Token(TokenKind.StartOfFile, 0, 0);
    }

    /// <summary>The current token.</summary>
    public Token Token { get; private set; }

    /// <summary>End offset of the previously current token; node locations end there.</summary>
    public int LastEnd { get; private set; }

    public readonly ReadOnlySpan<char> Body => _body;

    public readonly Source Source => _source;

    /// <summary>Moves to the next significant token, skipping comments.</summary>
    public Token Advance()
    {
        LastEnd = Token.End;
        if (Token.Kind != TokenKind.EndOfFile)
        {
            Token next;
            do
            {
                next = ReadNextToken(Token.End);
                Token = next;
            }
            while (next.Kind == TokenKind.Comment);
        }

        return Token;
    }

    /// <summary>The token after the current one, without moving.</summary>
    public readonly Token Lookahead()
    {
        var copy = this;
        return copy.Advance();
    }

    private readonly int CharAt(int position) => position < _body.Length ? _body[position] : -1;

    // https://spec.graphql.org/October2021/#sec-Language.Source-Text.Lexical-Tokens
    private readonly Token ReadNextToken(int start)
    {
        var position = start;
        while (position < _body.Length)
        {
            var code = _body[position];

            // Names are the commonest token: test for them before the punctuator switch.
            if (IsNameStart(code))
            {
                return ReadName(position);
            }

            switch (code)
            {
                // Ignored tokens: BOM, tab, space, comma and line terminators. A single separator is the common
                // case; longer runs (indentation) are skipped a vector at a time.
                case '\uFEFF' or '\t' or ' ' or ',' or '\n' or '\r':
                    ++position;
                    if (position < _body.Length && _body[position] is '\t' or ' ' or ',' or '\n' or '\r')
                    {
                        var skipped = _body[position..].IndexOfAnyExcept(IgnoredCharacters);
                        position = skipped < 0 ? _body.Length : position + skipped;
                    }

                    continue;
                case '#':
                    return ReadComment(position);
                case '!':
                    return new Token(TokenKind.Bang, position, position + 1);
                case '$':
                    return new Token(TokenKind.Dollar, position, position + 1);
                case '&':
                    return new Token(TokenKind.Amp, position, position + 1);
                case '(':
                    return new Token(TokenKind.ParenL, position, position + 1);
                case ')':
                    return new Token(TokenKind.ParenR, position, position + 1);
                case '.':
                    if (CharAt(position + 1) == '.' && CharAt(position + 2) == '.')
                    {
                        return new Token(TokenKind.Spread, position, position + 3);
                    }

                    break;
                case ':':
                    return new Token(TokenKind.Colon, position, position + 1);
                case '=':
                    return new Token(TokenKind.Equals, position, position + 1);
                case '@':
                    return new Token(TokenKind.At, position, position + 1);
                case '[':
                    return new Token(TokenKind.BracketL, position, position + 1);
                case ']':
                    return new Token(TokenKind.BracketR, position, position + 1);
                case '{':
                    return new Token(TokenKind.BraceL, position, position + 1);
                case '|':
                    return new Token(TokenKind.Pipe, position, position + 1);
                case '}':
                    return new Token(TokenKind.BraceR, position, position + 1);
                case '"':
                    return CharAt(position + 1) == '"' && CharAt(position + 2) == '"'
                        ? ReadBlockString(position)
                        : ReadString(position);
            }

            if (IsDigit(code) || code == '-')
            {
                return ReadNumber(position, code);
            }

            throw Error(position, DescribeUnexpectedCharacter(position));
        }

        return new Token(TokenKind.EndOfFile, _body.Length, _body.Length);
    }

    private readonly string DescribeUnexpectedCharacter(int position)
    {
        var code = _body[position];
        if (code == '\'')
        {
            return "Unexpected single quote character ('), did you mean to use a double quote (\")?";
        }

        return IsUnicodeScalarValue(code) || IsSupplementaryCodePoint(position)
            ? $"Unexpected character: {DescribeCodePointAt(position)}."
            : $"Invalid character: {DescribeCodePointAt(position)}.";
    }

    // https://spec.graphql.org/October2021/#sec-Comments
    private readonly Token ReadComment(int start)
    {
        var position = start + 1;
        while (position < _body.Length)
        {
            var code = _body[position];
            if (code is '\n' or '\r')
            {
                break;
            }

            if (IsUnicodeScalarValue(code))
            {
                ++position;
            }
            else if (IsSupplementaryCodePoint(position))
            {
                position += 2;
            }
            else
            {
                break;
            }
        }

        return new Token(TokenKind.Comment, start, position);
    }

    // https://spec.graphql.org/October2021/#Name
    private readonly Token ReadName(int start)
    {
        var position = start + 1;
        while (position < _body.Length && IsNameContinue(_body[position]))
        {
            ++position;
        }

        return new Token(TokenKind.Name, start, position);
    }

    private readonly GraphQLSyntaxException Error(int position, string description) =>
        SyntaxError.Create(_source, position, description);

    private readonly string DescribeCodePointAt(int position) => SyntaxError.DescribeCodePointAt(_body, position);

    private readonly bool IsSupplementaryCodePoint(int position) =>
        position + 1 < _body.Length && char.IsHighSurrogate(_body[position]) && char.IsLowSurrogate(_body[position + 1]);

    private static bool IsUnicodeScalarValue(int code) => code is (>= 0x0000 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    internal static bool IsDigit(int code) => code is >= '0' and <= '9';

    internal static bool IsNameStart(int code) => code is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';

    internal static bool IsNameContinue(int code) => IsNameStart(code) || IsDigit(code);
}
