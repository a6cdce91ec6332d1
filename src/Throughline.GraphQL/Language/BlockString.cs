using System.Text;

namespace Throughline.GraphQL.Language;

/// <summary>
/// Block string helpers, ports of graphql-js 16 blockString.js:
/// dedenting per https://spec.graphql.org/October2021/#BlockStringValue() and printing descriptions back.
/// </summary>
public static class BlockString
{
    /// <summary>
    /// The value of a block string from its raw content (between the triple quotes, with \""" already unescaped):
    /// common indentation and leading/trailing blank lines removed, lines joined with \n.
    /// </summary>
    public static string Dedent(string raw)
    {
        if (raw.AsSpan().IndexOfAny('\n', '\r') < 0)
        {
            // One line: the first line is never dedented, and it is either kept or (all blank) dropped.
            return LeadingWhitespace(raw) == raw.Length ? string.Empty : raw;
        }

        return string.Join('\n', DedentLines(SplitLines(raw)));
    }

    /// <summary>graphql-js dedentBlockStringLines.</summary>
    public static IReadOnlyList<string> DedentLines(IReadOnlyList<string> lines)
    {
        var commonIndent = int.MaxValue;
        int? firstNonEmptyLine = null;
        var lastNonEmptyLine = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var indent = LeadingWhitespace(lines[i]);
            if (indent == lines[i].Length)
            {
                continue;
            }

            firstNonEmptyLine ??= i;
            lastNonEmptyLine = i;
            if (i != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }

        var first = firstNonEmptyLine ?? 0;
        var result = new List<string>(Math.Max(0, lastNonEmptyLine + 1 - first));
        for (var i = first; i <= lastNonEmptyLine; i++)
        {
            var line = lines[i];
            result.Add(i == 0 ? line : line[Math.Min(commonIndent, line.Length)..]);
        }

        return result;
    }

    /// <summary>graphql-js isPrintableAsBlockString: whether printing as a block string keeps the value intact.</summary>
    public static bool IsPrintable(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case <= '\u0008' or '\u000B' or '\u000C' or '\u000E' or '\u000F' or '\r':
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false;
                    }

                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent = hasIndent || isEmptyLine;
                    break;
                default:
                    hasCommonIndent = hasCommonIndent && hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        return !isEmptyLine && !(hasCommonIndent && seenNonEmptyLine);
    }

    /// <summary>graphql-js printBlockString: the value as a """block string""" (minimize: no added line breaks).</summary>
    public static string Print(string value, bool minimize = false)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lines = SplitLines(escaped);
        var isSingleLine = lines.Count == 1;
        var forceLeadingNewLine = lines.Count > 1
            && lines.Skip(1).All(line => line.Length == 0 || IsWhiteSpace(line[0]));
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewline = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !minimize
            && (!isSingleLine || value.Length > 70 || forceTrailingNewline || forceLeadingNewLine
                || hasTrailingTripleQuotes);
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);

        var result = new StringBuilder(escaped.Length + 8).Append("\"\"\"");
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            result.Append('\n');
        }

        result.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewline)
        {
            result.Append('\n');
        }

        return result.Append("\"\"\"").ToString();
    }

    // Line terminators per https://spec.graphql.org/October2021/#LineTerminator: \r\n, \n, \r.
    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('\n' or '\r'))
            {
                continue;
            }

            lines.Add(text[lineStart..i]);
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            lineStart = i + 1;
        }

        lines.Add(text[lineStart..]);
        return lines;
    }

    private static int LeadingWhitespace(string line)
    {
        var i = 0;
        while (i < line.Length && IsWhiteSpace(line[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsWhiteSpace(char c) => c is '\t' or ' ';
}
