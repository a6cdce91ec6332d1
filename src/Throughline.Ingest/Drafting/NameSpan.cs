using Throughline.Core.Model;

namespace Throughline.Ingest.Drafting;

/// <summary>A name in a sentence that matches no known entity: <c>sentence[Start..End]</c>, with a kind guess and why.</summary>
public sealed record NameSpan(int Start, int End, string Text, EntityKind Kind, double KindConfidence, string Signal);
