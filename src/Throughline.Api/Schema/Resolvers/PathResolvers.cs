using Throughline.Api.Schema.Lookup;
using Throughline.Core.Paths;
using Throughline.Core.Storage;
using Throughline.GraphQL.Types;

namespace Throughline.Api.Schema.Resolvers;

/// <summary>
/// Path, hop, page and subgraph fields: the path engine answers with ids, and these fields load the records in
/// batches per response level.
/// </summary>
internal static class PathResolvers
{
    public static void Bind(ResolverBinder binder, IGraphStore store)
    {
        binder
            .Field("Path", "entities", async c =>
                (object?)await Loaders.LoadAllAsync(Loaders.Entities(c, store), Charged(c, "Path.entities", ((GraphPath)c.Source!).EntityIds)).ConfigureAwait(false))
            .Field("Hop", "from", c => Loaders.Entities(c, store).LoadAsync(((PathHop)c.Source!).From).AsObject())
            .Field("Hop", "to", c => Loaders.Entities(c, store).LoadAsync(((PathHop)c.Source!).To).AsObject())
            .Field("Hop", "relations", async c =>
                (object?)await Loaders.LoadAllAsync(Loaders.Relations(c, store), Charged(c, "Hop.relations", ((PathHop)c.Source!).RelationIds)).ConfigureAwait(false))
            .Field("PathEdge", "node", c => ((PathEdge)c.Source!).Path)
            .Field("PathConnection", "pageInfo", c => new PageInfo(((PathPage)c.Source!).HasNextPage, ((PathPage)c.Source!).EndCursor))
            .Field("PathConnection", "subgraph", c => Union((PathPage)c.Source!))
            .Field("PathConnection", "suggestions", c => PathPageContext.Of((PathPage)c.Source!).Suggestions)
            .Field("PathConnection", "placement", async c => await Placement.OfAsync((PathPage)c.Source!, store, c.CancellationToken).ConfigureAwait(false))
            .Field("Subgraph", "entities", async c =>
                (object?)await Loaders.LoadAllAsync(Loaders.Entities(c, store), Charged(c, "Subgraph.entities", ((Subgraph)c.Source!).EntityIds)).ConfigureAwait(false))
            .Field("Subgraph", "relations", async c =>
                (object?)await Loaders.LoadAllAsync(Loaders.Relations(c, store), Charged(c, "Subgraph.relations", ((Subgraph)c.Source!).RelationIds)).ConfigureAwait(false));
    }

    /// <summary>The records a heavy field materialises draw from the request's shared allowance before they are read.</summary>
    private static IReadOnlyList<string> Charged(ResolveFieldContext context, string field, IReadOnlyList<string> ids)
    {
        RequestState.ChargeRecords(context, field, ids.Count);
        return ids;
    }

    /// <summary>The entities and relations of a page's paths, sorted by id: what a visualisation draws.</summary>
    private static Subgraph Union(PathPage page) => new(
        [.. page.Edges.SelectMany(e => e.Path.EntityIds).Distinct().Order(StringComparer.Ordinal)],
        [.. page.Edges.SelectMany(e => e.Path.Hops).SelectMany(h => h.RelationIds).Distinct().Order(StringComparer.Ordinal)],
        page.Truncated);
}
