using Throughline.Core.Model;

namespace Throughline.Core.Storage;

/// <summary>One record of a streamed graph (<see cref="IGraphStore.StreamAllAsync"/>): exactly one of the three is set.</summary>
public readonly record struct GraphRecord(Article? Article, Entity? Entity, Relation? Relation)
{
    public static GraphRecord Of(Article article) => new(article, null, null);

    public static GraphRecord Of(Entity entity) => new(null, entity, null);

    public static GraphRecord Of(Relation relation) => new(null, null, relation);

    /// <summary>A snapshot in stream order: articles, entities, relations, each sorted by id (ordinal).</summary>
    public static IEnumerable<GraphRecord> Of(GraphSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.Articles.OrderBy(a => a.Id, StringComparer.Ordinal).Select(Of)
            .Concat(snapshot.Entities.OrderBy(e => e.Id, StringComparer.Ordinal).Select(Of))
            .Concat(snapshot.Relations.OrderBy(r => r.Id, StringComparer.Ordinal).Select(Of));
    }
}
