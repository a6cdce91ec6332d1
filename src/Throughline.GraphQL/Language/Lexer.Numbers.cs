namespace Throughline.GraphQL.Language;

internal ref partial struct Lexer
{
    // https://spec.graphql.org/October2021/#sec-Int-Value and #sec-Float-Value
    private readonly Token ReadNumber(int start, int firstCode)
    {
        var position = start;
        var code = firstCode;
        var isFloat = false;

        if (code == '-')
        {
            code = CharAt(++position);
        }

        if (code == '0')
        {
            code = CharAt(++position);
            if (IsDigit(code))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {DescribeCodePointAt(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        if (code == '.')
        {
            isFloat = true;
            code = CharAt(++position);
            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        if (code is 'E' or 'e')
        {
            isFloat = true;
            code = CharAt(++position);
            if (code is '+' or '-')
            {
                code = CharAt(++position);
            }

            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        // A number may not run straight into a name or another dot (spec: lookahead restriction).
        if (code == '.' || IsNameStart(code))
        {
            throw Error(position, $"Invalid number, expected digit but got: {DescribeCodePointAt(position)}.");
        }

        return new Token(isFloat ? TokenKind.Float : TokenKind.Int, start, position);
    }

    private readonly int ReadDigits(int start, int firstCode)
    {
        if (!IsDigit(firstCode))
        {
            throw Error(start, $"Invalid number, expected digit but got: {DescribeCodePointAt(start)}.");
        }

        var position = start + 1;
        while (IsDigit(CharAt(position)))
        {
            ++position;
        }

        return position;
    }
}
