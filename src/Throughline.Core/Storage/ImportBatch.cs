using Throughline.Core.Model;

namespace Throughline.Core.Storage;

/// <summary>A validated set of records to upsert atomically.</summary>
public sealed record ImportBatch(
    IReadOnlyList<Article> Articles,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Relation> Relations)
{
    public int EvidenceCount => Relations.Sum(r => r.Evidence.Count);
}

/// <summary>What an import wrote; "unchanged" records were already stored with identical contents.</summary>
public sealed record ImportResult(int Inserted, int Updated, int Unchanged);

/// <summary>The whole graph as read from a store.</summary>
public sealed record GraphSnapshot(
    IReadOnlyList<Article> Articles,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Relation> Relations);
