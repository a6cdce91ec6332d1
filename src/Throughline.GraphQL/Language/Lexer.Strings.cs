using System.Text;

namespace Throughline.GraphQL.Language;

internal ref partial struct Lexer
{
    // https://spec.graphql.org/October2021/#sec-String-Value
    // Lexing only validates; the parser asks for the decoded value when it builds a node.
    private readonly Token ReadString(int start)
    {
        var position = start + 1;
        while (position < _body.Length)
        {
            var code = _body[position];
            if (code == '"')
            {
                return new Token(TokenKind.String, start, position + 1);
            }

            if (code == '\\')
            {
                ReadEscape(position, out var size);
                position += size;
                continue;
            }

            if (code is '\n' or '\r')
            {
                break;
            }

            position = SkipSourceCharacter(position);
        }

        throw Error(position, "Unterminated string.");
    }

    // https://spec.graphql.org/October2021/#BlockString
    private readonly Token ReadBlockString(int start)
    {
        var position = start + 3;
        while (position < _body.Length)
        {
            var code = _body[position];
            if (code == '"' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
            {
                return new Token(TokenKind.BlockString, start, position + 3);
            }

            if (code == '\\' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"' && CharAt(position + 3) == '"')
            {
                position += 4;
                continue;
            }

            position = code is '\n' or '\r' ? position + 1 : SkipSourceCharacter(position);
        }

        throw Error(position, "Unterminated string.");
    }

    private readonly int SkipSourceCharacter(int position)
    {
        if (IsUnicodeScalarValue(_body[position]))
        {
            return position + 1;
        }

        if (IsSupplementaryCodePoint(position))
        {
            return position + 2;
        }

        throw Error(position, $"Invalid character within String: {DescribeCodePointAt(position)}.");
    }

    /// <summary>The value of a String or BlockString token: escapes resolved, block strings dedented.</summary>
    public readonly string StringValue(Token token)
    {
        if (token.Kind == TokenKind.BlockString)
        {
            var raw = _body[(token.Start + 3)..(token.End - 3)];
            var unescaped = raw.Contains("\\\"\"\"", StringComparison.Ordinal)
                ? raw.ToString().Replace("\\\"\"\"", "\"\"\"", StringComparison.Ordinal)
                : raw.ToString();
            return BlockString.Dedent(unescaped);
        }

        var content = _body[(token.Start + 1)..(token.End - 1)];
        if (!content.Contains('\\'))
        {
            return content.ToString();
        }

        var builder = new StringBuilder(content.Length);
        var position = token.Start + 1;
        var end = token.End - 1;
        while (position < end)
        {
            var code = _body[position];
            if (code != '\\')
            {
                builder.Append(code);
                position++;
                continue;
            }

            var codePoint = ReadEscape(position, out var size);
            if (codePoint > 0xFFFF)
            {
                builder.Append(char.ConvertFromUtf32(codePoint));
            }
            else
            {
                builder.Append((char)codePoint);
            }

            position += size;
        }

        return builder.ToString();
    }

    // https://spec.graphql.org/October2021/#EscapedCharacter and #EscapedUnicode
    private readonly int ReadEscape(int position, out int size)
    {
        if (CharAt(position + 1) == 'u')
        {
            return CharAt(position + 2) == '{'
                ? ReadEscapedUnicodeVariableWidth(position, out size)
                : ReadEscapedUnicodeFixedWidth(position, out size);
        }

        size = 2;
        return CharAt(position + 1) switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => throw Error(position, $"Invalid character escape sequence: \"{Slice(position, 2)}\"."),
        };
    }

    // \u{1F600}: graphql-js 16 accepts any scalar value in braces, at most 8 hex digits.
    private readonly int ReadEscapedUnicodeVariableWidth(int position, out int size)
    {
        var point = 0;
        size = 3;
        while (size < 12)
        {
            var code = CharAt(position + size++);
            if (code == '}')
            {
                if (size < 5 || !IsUnicodeScalarValue(point))
                {
                    break;
                }

                return point;
            }

            point = (point << 4) | ReadHexDigit(code);
            if (point < 0)
            {
                break;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, size)}\".");
    }

    // \uXXXX, where a leading surrogate must be followed by \uXXXX holding its trailing surrogate (JSON style).
    private readonly int ReadEscapedUnicodeFixedWidth(int position, out int size)
    {
        var code = Read16BitHexCode(position + 2);
        if (IsUnicodeScalarValue(code))
        {
            size = 6;
            return code;
        }

        if (code is >= 0xD800 and <= 0xDBFF && CharAt(position + 6) == '\\' && CharAt(position + 7) == 'u')
        {
            var trailing = Read16BitHexCode(position + 8);
            if (trailing is >= 0xDC00 and <= 0xDFFF)
            {
                size = 12;
                return char.ConvertToUtf32((char)code, (char)trailing);
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, 6)}\".");
    }

    private readonly int Read16BitHexCode(int position) =>
        (ReadHexDigit(CharAt(position)) << 12) | (ReadHexDigit(CharAt(position + 1)) << 8)
        | (ReadHexDigit(CharAt(position + 2)) << 4) | ReadHexDigit(CharAt(position + 3));

    private static int ReadHexDigit(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    // Like JavaScript's slice: clamped to the end of the body.
    private readonly string Slice(int start, int length) =>
        _body.Slice(start, Math.Min(length, _body.Length - start)).ToString();
}
