using System.Globalization;
using Throughline.Api.KnowledgeBase;
using Throughline.Api.Schema.Lookup;
using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.Core.Storage;
using Throughline.GraphQL.Types;

namespace Throughline.Api.Schema.Resolvers;

/// <summary>The root query fields.</summary>
internal static class QueryResolvers
{
    private const int MaxListPage = 100;

    public static void Bind(ResolverBinder binder, KnowledgeGraph graph)
    {
        var store = graph.Store;
        var paths = graph.Paths;
        binder
            .Field("Query", "entity", c => Loaders.Entities(c, store).LoadAsync(c.GetArgument<string>("id")!).AsObject())
            .Field("Query", "relation", c => Loaders.Relations(c, store).LoadAsync(c.GetArgument<string>("id")!).AsObject())
            .Field("Query", "article", c => Loaders.Articles(c, store).LoadAsync(c.GetArgument<string>("id")!).AsObject())
            .Field("Query", "entities", c => EntitiesAsync(c, store))
            .Field("Query", "articles", c => ArticlesAsync(c, store))
            .Field("Query", "lookup", async c => await EntityLookup.FindAsync(store, c.GetArgument<string>("name")!, null, c.CancellationToken).ConfigureAwait(false))
            .Field("Query", "paths", c => PathsAsync(c, graph))
            .Field("Query", "shortestPaths", async c =>
            {
                var from = await PathSelectors.ReadAsync(c, "from", store).ConfigureAwait(false);
                var to = await PathSelectors.ReadAsync(c, "to", store).ConfigureAwait(false);
                var options = Arguments.PathOptions(c);
                var first = c.GetArgument<int?>("first") ?? 20;
                return from.Nothing || to.Nothing
                    ? Array.Empty<GraphPath>()
                    : (await WithRecordsHeldAsync(c, "shortestPaths", PageRecords(first, options), () => paths.FindShortestPathsAsync(
                        new ShortestPathQuery(from.Selector, to.Selector, options, first) { Allowance = RequestState.AllowanceOf(c) },
                        c.CancellationToken), result => Records(result.Paths)).ConfigureAwait(false)).Paths;
            })
            .Field("Query", "neighborhood", async c =>
            {
                var query = new NeighbourhoodQuery(
                    await KnownEntityAsync(store, c.GetArgument<string>("id")!, c.CancellationToken).ConfigureAwait(false),
                    c.GetArgument<int?>("depth") ?? 1,
                    Arguments.PathOptions(c, Direction.Any),
                    c.GetArgument<int?>("maxEntities") ?? 200) { Allowance = RequestState.AllowanceOf(c) };

                // Its kept entities and, joining them, at least one relation fewer: the least a full answer reads.
                return await WithRecordsHeldAsync(c, "neighborhood", 2L * query.MaxEntities, () => paths.GetNeighbourhoodAsync(query, c.CancellationToken),
                    subgraph => subgraph.EntityIds.Count + subgraph.RelationIds.Count).ConfigureAwait(false);
            })
            .Field("Query", "stats", async c => await store.GetStatsAsync(c.CancellationToken).ConfigureAwait(false));
    }

    private static async Task<object?> PathsAsync(ResolveFieldContext c, KnowledgeGraph graph)
    {
        var from = await PathSelectors.ReadAsync(c, "from", graph.Store).ConfigureAwait(false);
        var to = await PathSelectors.ReadAsync(c, "to", graph.Store).ConfigureAwait(false);
        var options = Arguments.PathOptions(c);
        var first = c.GetArgument<int?>("first") ?? 20;
        var page = from.Nothing || to.Nothing
            ? new PathPage([], false, null, 0, false, [.. from.Messages, .. to.Messages], TotalCountIsExact: true)
            : await WithRecordsHeldAsync(c, "paths", PageRecords(first, options), () => graph.Paths.FindPathsAsync(
                new PathQuery(from.Selector, to.Selector, options, first, c.GetArgument<string>("after")) { Allowance = RequestState.AllowanceOf(c) },
                c.CancellationToken), found => Records(found.Edges.Select(e => e.Path))).ConfigureAwait(false);
        return await PathPageContext.AttachAsync(page, from.Selector, to.Selector, graph.Store, c.CancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs a path search in a heavy-work slot with the reading of its answer's records held back from the request's
    /// allowance first (<see cref="RequestState.ReserveRecords"/>): a search that uses up the allowance is cut short,
    /// and the page it did find can still be read, instead of the search's thoroughness failing its own page.
    /// </summary>
    private static async Task<T> WithRecordsHeldAsync<T>(ResolveFieldContext c, string field, long maxRecords, Func<Task<T>> search, Func<T, long> records)
    {
        var held = RequestState.ReserveRecords(c, field, maxRecords);
        T answer;
        try
        {
            answer = await RequestState.RunHeavyAsync(c, search).ConfigureAwait(false);
        }
        catch
        {
            RequestState.SettleRecords(c, held, 0);
            throw;
        }

        RequestState.SettleRecords(c, held, records(answer));
        return answer;
    }

    /// <summary>The records a page of <paramref name="first"/> paths may hold: each path's entities and one relation per hop.</summary>
    private static long PageRecords(int first, PathOptions options) => (long)Math.Max(0, first) * ((2L * options.MaxHops) + 1);

    private static long Records(IEnumerable<GraphPath> found) => found.Sum(p => (long)p.EntityIds.Count + p.Hops.Sum(h => h.RelationIds.Count));

    private static async Task<string> KnownEntityAsync(IGraphStore store, string id, CancellationToken ct) =>
        await store.GetEntityAsync(id, ct).ConfigureAwait(false) is not null
            ? id
            : throw Errors.NotFound($"Argument \"id\": no entity has the id '{id}'.");

    private static async Task<object?> EntitiesAsync(ResolveFieldContext context, IGraphStore store)
    {
        var first = Arguments.PageSize(context, "first", MaxListPage);
        var offset = 0;
        if (Arguments.After(context, "entity") is { } position
            && (!int.TryParse(position, NumberStyles.None, CultureInfo.InvariantCulture, out offset)))
        {
            throw Errors.BadInput($"Argument \"after\" is not an entity cursor returned by this API: '{context.GetArgument<string>("after")}'.");
        }

        var text = context.GetArgument<string>("search");
        var searches = !string.IsNullOrWhiteSpace(text);
        var indexed = searches && store.SearchUsesIndex(text!);
        if (searches)
        {
            RequestState.ChargeSearch(context, "entities(search:)", indexed);
        }

        // An indexed search may find its text too common and read every name instead: allowed only if the request can
        // still pay for that read, so no search does work it is not charged for.
        var search = new EntitySearch(text, Arguments.List<Core.Model.EntityKind>(context.Arguments, "kinds"), first, offset,
            AllowScan: !indexed || RequestState.CanPayScan(context));
        // A text search reads names: heavy work, in one of the server's slots; a plain listing is a page read.
        EntityPage page;
        try
        {
            page = searches
                ? await RequestState.RunHeavyAsync(context, () => store.SearchEntitiesAsync(search, context.CancellationToken)).ConfigureAwait(false)
                : await store.SearchEntitiesAsync(search, context.CancellationToken).ConfigureAwait(false);
        }
        catch (SearchTooBroadException e)
        {
            throw Errors.Limit($"entities(search:): {e.Message}; this request's allowance (RequestExpansionBudget) cannot pay for reading every name.");
        }

        if (indexed)
        {
            RequestState.ChargeSearchMatches(context, "entities(search:)", page.TotalCount, page.Scanned);
        }

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
