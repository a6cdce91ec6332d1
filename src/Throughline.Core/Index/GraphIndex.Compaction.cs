using Throughline.Core.Storage;

namespace Throughline.Core.Index;

public sealed partial class GraphIndex
{
    /// <summary>
    /// Delta size (relations written + entities added or rewritten) at which a merge into new compressed arrays starts:
    /// 1/64 of the base, at least 4096 — small enough that copying the delta per write stays far below a millisecond
    /// per thousand entries, large enough that the merge (a full rebuild from the arrays) is rare.
    /// </summary>
    private long CompactionThreshold => Math.Max(4096, (_entityIds.LongLength + _relationIds.LongLength) / 64);

    /// <summary>
    /// The same graph in new compressed arrays with no delta: what a full rebuild from the store would give. Synchronous;
    /// <see cref="With"/> merges on its own in the background, so callers need this only to force a merge.
    /// </summary>
    public GraphIndex Compact() => _delta is null ? this : Rebuild(IndexBatch.Concat(_delta.Batches));

    /// <summary>
    /// This index, or — once the delta reaches <paramref name="compactAt"/> — one whose delta carries a background merge
    /// of the batches so far (or, when <paramref name="background"/> is false, the merged index itself). A delta four
    /// times the threshold waits for its merge, which bounds the delta's memory when writes outpace merging.
    /// </summary>
    private GraphIndex Compacting(long compactAt, bool background)
    {
        if (_delta is not { } d || d.Size < compactAt)
        {
            return this;
        }

        if (!background)
        {
            return Compact();
        }

        if (d.Compaction is null || d.Compaction.Merged.IsFaulted || d.Compaction.Merged.IsCanceled)
        {
            var batches = d.Batches;
            var merge = Task.Run(() => Rebuild(IndexBatch.Concat(batches)));
            return new GraphIndex(this, Copy(d, new Compaction(batches.Length, merge)), Outgoing, Incoming, Children);
        }

        if (d.Size >= 4 * compactAt)
        {
            var merged = d.Compaction.Merged.GetAwaiter().GetResult();
            return merged.ApplyDelta(IndexBatch.Concat(d.Batches[d.Compaction.BatchCount..]));
        }

        return this;
    }

    private static IndexDelta Copy(IndexDelta d, Compaction compaction) => new()
    {
        AddedIds = d.AddedIds,
        AddedKinds = d.AddedKinds,
        AddedNames = d.AddedNames,
        AddedAliases = d.AddedAliases,
        AddedParents = d.AddedParents,
        AddedById = d.AddedById,
        Changed = d.Changed,
        Kinds = d.Kinds,
        RelationIds = d.RelationIds,
        From = d.From,
        To = d.To,
        Facts = d.Facts,
        RelationById = d.RelationById,
        Superseded = d.Superseded,
        Batches = d.Batches,
        Compaction = compaction,
    };
}
