using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Throughline.Ingest;

/// <summary>
/// The readable text of an HTML document or fragment: page chrome (navigation, headers, footers, asides, forms,
/// scripts, styles) dropped, block elements as paragraphs separated by blank lines, inline whitespace folded.
/// </summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Chrome = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button", "iframe", "svg", "figure",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "li", "ul", "ol", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "table", "pre",
    };

    public static ExtractedArticle Extract(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var body = (IElement?)document.QuerySelector("article") ?? document.Body ?? document.DocumentElement;
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        Walk(body, paragraphs, current);
        Flush(paragraphs, current);
        var title = document.QuerySelector("h1")?.TextContent.Trim() is { Length: > 0 } h1 ? h1 : document.Title?.Trim();
        return new ExtractedArticle(string.Join("\n\n", paragraphs), string.IsNullOrEmpty(title) ? null : title);
    }

    private static void Walk(INode node, List<string> paragraphs, StringBuilder current)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    current.Append(text.Data);
                    break;
                case IElement element when Chrome.Contains(element.LocalName):
                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    Flush(paragraphs, current);
                    Walk(element, paragraphs, current);
                    Flush(paragraphs, current);
                    break;
                case IElement element:
                    Walk(element, paragraphs, current);
                    break;
            }
        }
    }

    private static void Flush(List<string> paragraphs, StringBuilder current)
    {
        var text = string.Join(' ', current.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length > 0)
        {
            paragraphs.Add(text);
        }

        current.Clear();
    }
}
