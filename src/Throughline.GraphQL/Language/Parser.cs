namespace Throughline.GraphQL.Language;

/// <summary>
/// Recursive-descent parser for GraphQL documents (https://spec.graphql.org/October2021/#sec-Language),
/// mirroring graphql-js 16's parser so that accepted documents, node locations and syntax errors are the same.
/// </summary>
public static partial class Parser
{
    /// <summary>Parses an executable or type-system document; throws <see cref="GraphQLSyntaxException"/>.</summary>
    public static Document Parse(string source, ParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Parse(new Source(source), options);
    }

    public static Document Parse(Source source, ParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var reader = new Reader(source, options ?? ParseOptions.Default);
        return reader.ParseDocument() with { Source = source };
    }

    /// <summary>Parses a single value literal, which may contain variables (graphql-js parseValue).</summary>
    public static Value ParseValue(string source, ParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var reader = new Reader(new Source(source), options ?? ParseOptions.Default);
        reader.ExpectToken(TokenKind.StartOfFile);
        var value = reader.ParseValueLiteral(isConst: false);
        reader.ExpectToken(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a single constant value literal: variables are rejected (graphql-js parseConstValue).</summary>
    public static Value ParseConstValue(string source, ParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var reader = new Reader(new Source(source), options ?? ParseOptions.Default);
        reader.ExpectToken(TokenKind.StartOfFile);
        var value = reader.ParseValueLiteral(isConst: true);
        reader.ExpectToken(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a type reference such as <c>[String!]!</c> (graphql-js parseType).</summary>
    public static TypeNode ParseType(string source, ParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var reader = new Reader(new Source(source), options ?? ParseOptions.Default);
        reader.ExpectToken(TokenKind.StartOfFile);
        var type = reader.ParseTypeReference();
        reader.ExpectToken(TokenKind.EndOfFile);
        return type;
    }
}
