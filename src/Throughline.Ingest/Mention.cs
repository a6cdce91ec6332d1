namespace Throughline.Ingest;

/// <summary>
/// A place in the text that names a known entity: <c>text[Start..End]</c> is the name as written (possessive "'s"
/// excluded). <see cref="EntityIds"/> holds more than one id when the same name belongs to several entities.
/// </summary>
public sealed record Mention(int Start, int End, string Text, IReadOnlyList<string> EntityIds);
