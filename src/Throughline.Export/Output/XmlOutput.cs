using System.Text;
using System.Xml;

namespace Throughline.Export.Output;

/// <summary>XML writer settings shared by GraphML and GEXF, and text made safe for XML.</summary>
internal static class XmlOutput
{
    public static XmlWriter Create(Stream output) => XmlWriter.Create(output, new XmlWriterSettings
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        IndentChars = " ",
        NewLineChars = "\n",
        CloseOutput = false,
        Async = false,
    });

    /// <summary>
    /// Replaces characters XML 1.0 cannot carry (control characters, lone surrogates) with U+FFFD, so an odd character
    /// in an article's text cannot make the whole export unreadable. Almost every string has none and is returned as is.
    /// </summary>
    public static string Clean(string text)
    {
        var i = 0;
        for (; i < text.Length; i++)
        {
            if (!IsValid(text, i))
            {
                break;
            }
        }

        if (i == text.Length)
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        for (var j = 0; j < text.Length; j++)
        {
            if (char.IsHighSurrogate(text[j]) && j + 1 < text.Length && char.IsLowSurrogate(text[j + 1]))
            {
                clean.Append(text[j]).Append(text[++j]);
            }
            else
            {
                clean.Append(IsValid(text, j) ? text[j] : '\uFFFD');
            }
        }

        return clean.ToString();
    }

    private static bool IsValid(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return i > 0 && char.IsHighSurrogate(text[i - 1]);
        }

        return c is '\t' or '\n' or '\r' || (c >= ' ' && c != '\uFFFE' && c != '\uFFFF');
    }
}
