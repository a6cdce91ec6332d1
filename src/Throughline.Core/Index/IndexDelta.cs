using Throughline.Core.Model;
using Throughline.Core.Storage;

namespace Throughline.Core.Index;

/// <summary>
/// The writes layered over one index's compressed arrays: entities added past the end of the entity arrays (dense ids
/// from the base count on), base entities rewritten, relations appended past the end of the relation arrays (a changed
/// relation gets a new index and its old one is dropped from every row), and the batches themselves so a merge can
/// replay them. Immutable: each write copies the delta (small, bounded by the merge threshold) rather than the base.
/// </summary>
internal sealed class IndexDelta
{
    public required string[] AddedIds { get; init; }

    public required EntityKind[] AddedKinds { get; init; }

    public required string[] AddedNames { get; init; }

    public required string[]?[] AddedAliases { get; init; }

    public required int[] AddedParents { get; init; }

    public required Dictionary<string, int> AddedById { get; init; }

    /// <summary>Base entities rewritten since the base was built.</summary>
    public required Dictionary<int, EntityInfo> Changed { get; init; }

    /// <summary>A copy of the base kinds with rewritten kinds applied, or null when no base entity changed kind.</summary>
    public required EntityKind[]? Kinds { get; init; }

    public required string[] RelationIds { get; init; }

    public required int[] From { get; init; }

    public required int[] To { get; init; }

    public required RelationFacts[] Facts { get; init; }

    /// <summary>Relation id → its current dense index, for relations written since the base.</summary>
    public required Dictionary<string, int> RelationById { get; init; }

    /// <summary>How many relation indices (base or delta) a later write has replaced.</summary>
    public required int Superseded { get; init; }

    /// <summary>Every batch applied since the base, in order: what a merge replays.</summary>
    public required IndexBatch[] Batches { get; init; }

    /// <summary>A merge of the first batches running in the background, shared by the indices derived while it runs.</summary>
    public required Compaction? Compaction { get; init; }

    /// <summary>What the merge threshold is compared with.</summary>
    public long Size => RelationIds.Length + AddedIds.Length + Changed.Count;

    public long Bytes => (AddedIds.LongLength * 64) + (Changed.Count * 64L) + (RelationIds.LongLength * (IntPtr.Size + 8 + 24 + 32))
        + (Kinds?.LongLength * sizeof(EntityKind) ?? 0);
}

internal sealed record EntityInfo(EntityKind Kind, string Name, string[]? Aliases, int Parent);

/// <summary>A background merge of a base and its first <see cref="BatchCount"/> batches into new compressed arrays.</summary>
internal sealed record Compaction(int BatchCount, Task<GraphIndex> Merged);
