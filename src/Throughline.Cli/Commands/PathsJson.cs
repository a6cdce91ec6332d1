using Throughline.Core.Model;
using Throughline.Core.Paths;

namespace Throughline.Cli.Commands;

/// <summary>The <c>paths --json</c> shape: the page, and for each route its entities (with names) and hops with their relations and quotes.</summary>
internal static class PathsJson
{
    public static object Page(PathPage page, IReadOnlyDictionary<string, Entity> entities, IReadOnlyDictionary<string, Relation> relations) => new
    {
        page.TotalCount,
        page.TotalCountIsExact,
        page.Truncated,
        page.HasNextPage,
        page.EndCursor,
        page.Messages,
        Routes = page.Edges.Select(edge => new
        {
            edge.Cursor,
            edge.Path.Confidence,
            edge.Path.WeakestHop,
            edge.Path.Disputed,
            Entities = edge.Path.EntityIds.Select(id => new { Id = id, Name = entities.TryGetValue(id, out var e) ? e.Name : null }),
            Hops = edge.Path.Hops.Select(hop => new
            {
                hop.From,
                hop.To,
                hop.Confidence,
                hop.Disputed,
                Relations = hop.RelationIds.Select(id => relations[id]).Select(r => new
                {
                    r.Id,
                    Type = r.Type.WireName(),
                    r.From,
                    r.To,
                    r.Status,
                    r.Confidence,
                    r.ValidFrom,
                    r.ValidTo,
                    r.Product,
                    Evidence = r.Evidence.Select(ev => new { ev.ArticleId, ev.Quote }),
                }),
            }),
        }),
    };
}
