namespace Throughline.GraphQL.Language;

/// <summary>
/// A linked list of text parts with pending indentation, a port of graphql-js 16.15's printer buffer.
/// Lengths are known before rendering, which is what the printer's 80-column wrapping decisions use;
/// porting the structure (rather than re-deriving the layout) keeps the output identical, quirks included.
/// </summary>
internal sealed class PrintBuffer
{
    public static readonly PrintBuffer Empty = new(string.Empty);

    private readonly string _text;

    public PrintBuffer(string value, bool isBlockString = false)
    {
        _text = value;
        Length = value.Length;
        Newlines = value.AsSpan().Count('\n');
        IsBlockString = isBlockString;
        Tail = this;
    }

    public int Length { get; private set; }

    public int Newlines { get; private set; }

    private bool IsBlockString { get; }

    private PrintBuffer? Next { get; set; }

    private PrintBuffer Tail { get; set; }

    private bool IndentBefore { get; set; }

    private bool DedentAfter { get; set; }

    public PrintBuffer Append(string text) => text.Length == 0 ? this : Append(new PrintBuffer(text));

    public PrintBuffer Append(PrintBuffer next)
    {
        if (next.Length == 0)
        {
            return this;
        }

        Tail.Next = next;
        Tail = next.Tail;
        Length += next.Length;
        Newlines += next.Newlines;
        return this;
    }

    /// <summary>Marks the whole buffer as indented one level; its length grows by the indentation it will get.</summary>
    public PrintBuffer Indent()
    {
        if (Length == 0)
        {
            return this;
        }

        IndentBefore = true;
        Tail.DedentAfter = true;
        Length += 2 * (Newlines + 1);
        return this;
    }

    public string Render(int maxDepth = int.MaxValue)
    {
        var output = new System.Text.StringBuilder(Length + 16);
        var depth = 0;
        var indentation = string.Empty;
        for (var part = this; part is not null; part = part.Next)
        {
            if (part.IndentBefore)
            {
                if (depth < maxDepth)
                {
                    indentation += "  ";
                    output.Append("  ");
                }

                depth++;
            }

            if (!part._text.Contains('\n', StringComparison.Ordinal))
            {
                output.Append(part._text);
            }
            else
            {
                var newline = !part.IsBlockString && depth >= maxDepth ? " " : "\n" + indentation;
                var lines = part._text.Split('\n');
                output.Append(lines[0]);
                for (var i = 1; i < lines.Length; i++)
                {
                    output.Append(newline).Append(lines[i]);
                }
            }

            if (part.DedentAfter)
            {
                depth--;
                indentation = indentation[..Math.Clamp(depth * 2, 0, indentation.Length)];
            }
        }

        return output.ToString();
    }
}
