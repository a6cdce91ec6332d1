using Throughline.Core.Model;
using Throughline.Core.Storage;

namespace Throughline.Api.Schema;

/// <summary>Relay page information.</summary>
internal sealed record PageInfo(bool HasNextPage, string? EndCursor);

internal sealed record EntityEdge(string Cursor, Entity Node);

internal sealed record EntityConnection(IReadOnlyList<EntityEdge> Edges, PageInfo PageInfo, int TotalCount);

internal sealed record ArticleEdge(string Cursor, Article Node);

internal sealed record ArticleConnection(IReadOnlyList<ArticleEdge> Edges, PageInfo PageInfo, int TotalCount);

internal sealed record KindCount(EntityKind Kind, int Count);

internal sealed record RelationTypeCount(RelationType Type, int Count);

internal sealed record StatusCount(RelationStatus Status, int Count);

internal sealed record CountryCount(string Country, int Count);

/// <summary>What importArticle answers.</summary>
internal sealed record ImportArticleResult(
    Article Article,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Relation> Relations,
    int Inserted,
    int Updated,
    int Unchanged)
{
    public static ImportArticleResult From(ImportBatch batch, ImportResult result) =>
        new(batch.Articles[0], batch.Entities, batch.Relations, result.Inserted, result.Updated, result.Unchanged);
}

/// <summary>An evidence speaker that is not an entity id: the curator's label for an unnamed speaker.</summary>
internal sealed record SpeakerLabel(string Label);
