namespace Throughline.Ingest;

/// <summary>One sentence of an article: its text is exactly <c>articleText[Start..End]</c>, so it can be quoted verbatim.</summary>
public sealed record Sentence(int Start, int End, string Text);
