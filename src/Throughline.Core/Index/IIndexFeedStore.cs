namespace Throughline.Core.Index;

/// <summary>
/// A versioned store whose change feed can be read as just what the path index needs: the entities written since a
/// version (as records: the index keeps their kind, names and place) and the relations as <see cref="RelationRow"/>s,
/// without articles or the relations' evidence. <see cref="IndexedGraph"/> catches up through it when the store offers
/// it; the rows must be those of <see cref="Storage.IVersionedStore.GetChangesSinceAsync"/>'s records at the same version.
/// </summary>
public interface IIndexFeedStore
{
    /// <summary>
    /// As <see cref="Storage.IVersionedStore.GetChangesSinceAsync"/> (null in the same cases: the caller then reads
    /// everything), but only the index's part of each change.
    /// </summary>
    Task<IndexChanges?> GetIndexChangesSinceAsync(long sinceVersion, CancellationToken ct = default);
}

/// <summary>
/// The entities and relation rows changed after some version, as stored at <see cref="Version"/>, and the ids of the
/// articles changed meanwhile (the index holds no articles; a cache of records must drop them).
/// </summary>
public sealed record IndexChanges(
    long Version, IReadOnlyList<Model.Entity> Entities, IReadOnlyList<RelationRow> Relations, IReadOnlyList<string> ArticleIds)
{
    public bool IsEmpty => Entities.Count == 0 && Relations.Count == 0;
}
