namespace Throughline.GraphQL.Language;

/// <summary>
/// One lexical token: its kind and character range. The value is not materialised here;
/// the parser slices (and for strings decodes) it only when it builds a node, which keeps lexing allocation-free.
/// </summary>
internal readonly struct Token(TokenKind kind, int start, int end)
{
    public TokenKind Kind { get; } = kind;

    public int Start { get; } = start;

    public int End { get; } = end;
}
