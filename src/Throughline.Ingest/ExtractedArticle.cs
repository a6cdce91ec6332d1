namespace Throughline.Ingest;

/// <summary>An article's readable text with what its input said about it (null where the input does not say).</summary>
public sealed record ExtractedArticle(string Text, string? Title = null, string? Published = null, string? Url = null);
