using System.Globalization;
using Throughline.Core.Index;
using Throughline.Core.Paths;
using Throughline.Core.Storage;
using Throughline.GraphQL.Types;

namespace Throughline.Api.Schema.Resolvers;

/// <summary>The root query fields.</summary>
internal static class QueryResolvers
{
    private const int MaxListPage = 100;

    public static void Bind(ResolverBinder binder, IndexedGraph graph)
    {
        binder
            .Field("Query", "entity", c => Loaders.Entities(c, graph).LoadAsync(c.GetArgument<string>("id")!).AsObject())
            .Field("Query", "relation", c => Loaders.Relations(c, graph).LoadAsync(c.GetArgument<string>("id")!).AsObject())
            .Field("Query", "article", c => Loaders.Articles(c, graph).LoadAsync(c.GetArgument<string>("id")!).AsObject())
            .Field("Query", "entities", c => EntitiesAsync(c, graph))
            .Field("Query", "articles", c => ArticlesAsync(c, graph))
            .Field("Query", "paths", async c => await graph.FindPathsAsync(
                new PathQuery(
                    Arguments.Selector(c, "from"),
                    Arguments.Selector(c, "to"),
                    Arguments.PathOptions(c),
                    c.GetArgument<int?>("first") ?? 20,
                    c.GetArgument<string>("after")),
                c.CancellationToken).ConfigureAwait(false))
            .Field("Query", "shortestPaths", async c => (await graph.FindShortestPathsAsync(
                new ShortestPathQuery(
                    Arguments.Selector(c, "from"),
                    Arguments.Selector(c, "to"),
                    Arguments.PathOptions(c),
                    c.GetArgument<int?>("first") ?? 20),
                c.CancellationToken).ConfigureAwait(false)).Paths)
            .Field("Query", "neighborhood", async c => await graph.GetNeighbourhoodAsync(
                new NeighbourhoodQuery(
                    KnownEntity(graph, c.GetArgument<string>("id")!),
                    c.GetArgument<int?>("depth") ?? 1,
                    Arguments.PathOptions(c),
                    c.GetArgument<int?>("maxEntities") ?? 200),
                c.CancellationToken).ConfigureAwait(false))
            .Field("Query", "stats", async c => await graph.GetStatsAsync(c.CancellationToken).ConfigureAwait(false));
    }

    private static string KnownEntity(IndexedGraph graph, string id) =>
        graph.Index.Find(id) >= 0 ? id : throw Errors.NotFound($"Argument \"id\": no entity has the id '{id}'.");

    private static async Task<object?> EntitiesAsync(ResolveFieldContext context, IGraphStore store)
    {
        var first = Arguments.PageSize(context, "first", MaxListPage);
        var offset = 0;
        if (Arguments.After(context, "entity") is { } position
            && (!int.TryParse(position, NumberStyles.None, CultureInfo.InvariantCulture, out offset)))
        {
            throw Errors.BadInput($"Argument \"after\" is not an entity cursor returned by this API: '{context.GetArgument<string>("after")}'.");
        }

        var page = await store.SearchEntitiesAsync(
            new EntitySearch(context.GetArgument<string>("search"), Arguments.List<Core.Model.EntityKind>(context.Arguments, "kinds"), first, offset),
            context.CancellationToken).ConfigureAwait(false);
        var edges = page.Items
            .Select((entity, i) => new EntityEdge(Arguments.Cursor("entity", (offset + i + 1).ToString(CultureInfo.InvariantCulture)), entity))
            .ToList();
        return new EntityConnection(
            edges,
            new PageInfo(offset + edges.Count < page.TotalCount, edges.Count > 0 ? edges[^1].Cursor : null),
            page.TotalCount);
    }

    private static async Task<object?> ArticlesAsync(ResolveFieldContext context, IGraphStore store)
    {
        var first = Arguments.PageSize(context, "first", MaxListPage);
        var page = await store.ListArticlesAsync(first, Arguments.After(context, "article"), context.CancellationToken).ConfigureAwait(false);
        var edges = page.Items.Select(a => new ArticleEdge(Arguments.Cursor("article", a.Id), a)).ToList();
        return new ArticleConnection(edges, new PageInfo(page.HasNextPage, edges.Count > 0 ? edges[^1].Cursor : null), page.TotalCount);
    }
}
