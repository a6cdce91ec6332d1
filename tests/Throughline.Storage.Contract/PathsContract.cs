using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.Core.Storage;

namespace Throughline.Storage.Contract;

/// <summary>
/// What every store's path queries must answer, identically: the brute-force <see cref="PathsReference"/> on random
/// graphs, and writes seen by the next query. A store's test project subclasses this with a fresh empty store and the
/// path queries over it — for the embedded store an IndexedGraph, for a store that answers path queries itself the
/// store. When the path queries object is also an <see cref="IGraphStore"/>, writes go through it (so it can keep an index current).
/// </summary>
public abstract partial class PathsContract : IAsyncLifetime
{
    private IGraphStore? _store;
    private IPathQueries? _paths;

    /// <summary>A new store holding nothing, private to one test.</summary>
    protected abstract Task<IGraphStore> CreateEmptyStoreAsync();

    /// <summary>Path queries over <paramref name="store"/>, opened after the test's first import (so start-up indexing is exercised).</summary>
    protected abstract Task<IPathQueries> OpenPathQueriesAsync(IGraphStore store);

    protected IPathQueries Paths => _paths ?? throw new InvalidOperationException("call LoadAsync first");

    public async Task InitializeAsync() => _store = await CreateEmptyStoreAsync();

    public async Task DisposeAsync()
    {
        if (_paths is IAsyncDisposable owner)
        {
            await owner.DisposeAsync();
        }
        else if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }

    /// <summary>Imports <paramref name="graph"/> into the empty store, then opens the path queries over it.</summary>
    protected async Task LoadAsync(GraphSnapshot graph)
    {
        var store = _store ?? throw new InvalidOperationException("the store is created in InitializeAsync");
        await store.ApplyAsync(new ImportBatch(graph.Articles, graph.Entities, graph.Relations));
        _paths = await OpenPathQueriesAsync(store);
    }

    /// <summary>A write after start-up, through the path queries object when it is a store itself.</summary>
    protected Task WriteAsync(ImportBatch batch) => ((Paths as IGraphStore) ?? _store!).ApplyAsync(batch);

    protected static Relation Claim(string id, string from, RelationType type, string to, RelationStatus status = RelationStatus.Reported) =>
        new(id, type, from, to, status, status.DefaultConfidence(), [new Evidence("paths-article", "beta", 6, 10)]);

    /// <summary>Intel → Hikvision → a project in Tacheng (inside Xinjiang by the gazetteer); NetPosa not yet connected.</summary>
    protected static GraphSnapshot SmallGraph() => new(
        [new Article("paths-article", "Paths", null, [], null, null, null, [], "alpha beta gamma")],
        [
            new Entity("org/intel", "Intel", EntityKind.Organization, ["Intel Corp."]),
            new Entity("org/hikvision", "Hikvision", EntityKind.Organization, []),
            new Entity("org/netposa", "NetPosa", EntityKind.Organization, []),
            new Entity("place/xinjiang", "Xinjiang", EntityKind.Place, []),
            new Entity("place/tacheng", "Tacheng", EntityKind.Place, [], LocatedIn: "place/xinjiang"),
            new Entity("project/camp", "Camp", EntityKind.Project, []),
        ],
        [
            Claim("intel-supplies-hikvision", "org/intel", RelationType.Supplies, "org/hikvision"),
            Claim("hikvision-builds-camp", "org/hikvision", RelationType.ContractorFor, "project/camp"),
            Claim("camp-in-tacheng", "project/camp", RelationType.LocatedIn, "place/tacheng"),
        ]);

    protected static PathQuery IntelToXinjiangProjects => new(
        new EntitySelector(Names: ["Intel"]),
        new EntitySelector(Kinds: [EntityKind.Project], LocatedIn: ["Xinjiang"]),
        new PathOptions());

    protected static IEnumerable<string> Routes(PathPage page) => page.Edges.Select(e => string.Join('>', e.Path.EntityIds));
}
