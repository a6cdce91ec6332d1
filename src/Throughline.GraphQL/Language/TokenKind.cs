namespace Throughline.GraphQL.Language;

/// <summary>Lexical token kinds, https://spec.graphql.org/October2021/#sec-Language.Source-Text.Lexical-Tokens</summary>
internal enum TokenKind : byte
{
    StartOfFile,
    EndOfFile,
    Bang,
    Dollar,
    Amp,
    ParenL,
    ParenR,
    Spread,
    Colon,
    Equals,
    At,
    BracketL,
    BracketR,
    BraceL,
    Pipe,
    BraceR,
    Name,
    Int,
    Float,
    String,
    BlockString,
    Comment,
}

internal static class TokenKindExtensions
{
    /// <summary>The kind as graphql-js getTokenKindDesc prints it: punctuators quoted, others by name.</summary>
    public static string Describe(this TokenKind kind) => kind switch
    {
        TokenKind.StartOfFile => "<SOF>",
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Amp => "\"&\"",
        TokenKind.ParenL => "\"(\"",
        TokenKind.ParenR => "\")\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.Equals => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.BracketL => "\"[\"",
        TokenKind.BracketR => "\"]\"",
        TokenKind.BraceL => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.BraceR => "\"}\"",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        TokenKind.BlockString => "BlockString",
        _ => "Comment",
    };

    /// <summary>Kinds whose token carries a value (graphql-js prints it after the kind in error messages).</summary>
    public static bool HasValue(this TokenKind kind) =>
        kind is TokenKind.Name or TokenKind.Int or TokenKind.Float or TokenKind.String or TokenKind.BlockString
            or TokenKind.Comment;
}
