using Throughline.Core.Model;

namespace Throughline.Ingest.Drafting;

/// <summary>
/// Something a sentence names that can be a relation's end: <c>sentence[Start..End]</c>, the entities it may stand for
/// (several when a known name is shared; a proposed new entity's id otherwise) and, for a name resolved by similarity,
/// how it was resolved.
/// </summary>
public sealed record SentenceParty(int Start, int End, string Text, IReadOnlyList<(string Id, EntityKind Kind)> Options, string? Resolution = null);
