namespace Throughline.GraphQL.Language;

/// <summary>Builds syntax errors worded and located exactly like graphql-js's syntaxError().</summary>
internal static class SyntaxError
{
    public static GraphQLSyntaxException Create(Source source, int position, string description) =>
        new(new GraphQLError("Syntax Error: " + description) { Locations = [source.GetLocation(position)] });

    /// <summary>graphql-js printCodePointAt: printable ASCII quoted, anything else as U+XXXX, past the end as &lt;EOF&gt;.</summary>
    public static string DescribeCodePointAt(ReadOnlySpan<char> body, int position)
    {
        if (position >= body.Length)
        {
            return "<EOF>";
        }

        int code = body[position];
        if (char.IsHighSurrogate(body[position]) && position + 1 < body.Length && char.IsLowSurrogate(body[position + 1]))
        {
            code = char.ConvertToUtf32(body[position], body[position + 1]);
        }

        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : "\"" + (char)code + "\"";
        }

        return "U+" + code.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
    }
}
