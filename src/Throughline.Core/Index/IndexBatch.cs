using Throughline.Core.Model;
using Throughline.Core.Storage;

namespace Throughline.Core.Index;

/// <summary>
/// One write as the index applies and replays it: entities as records, relations as <see cref="RelationRow"/>s. A
/// delta keeps these rather than whole records, so a merge replays the facts without the evidence.
/// </summary>
internal sealed record IndexBatch(IReadOnlyList<Entity> Entities, IReadOnlyList<RelationRow> Relations)
{
    public static IndexBatch Of(ImportBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var relations = new RelationRow[batch.Relations.Count];
        for (var i = 0; i < relations.Length; i++)
        {
            relations[i] = RelationRow.Of(batch.Relations[i]);
        }

        return new IndexBatch(batch.Entities, relations);
    }

    public static IndexBatch Concat(IReadOnlyList<IndexBatch> batches) =>
        batches.Count == 1 ? batches[0] : new IndexBatch([.. batches.SelectMany(b => b.Entities)], [.. batches.SelectMany(b => b.Relations)]);
}
