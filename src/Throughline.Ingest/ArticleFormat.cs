namespace Throughline.Ingest;

/// <summary>What an article's text arrives as, when the sender says so rather than leaving it to be recognised.</summary>
public enum ArticleFormat
{
    Markdown,
    Text,
    Html,
    JsonFeed,
}
