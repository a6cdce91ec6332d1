using BenchmarkDotNet.Attributes;
using Throughline.Core.Index;
using Throughline.Core.Model;
using Throughline.Core.Paths;

namespace Throughline.Benchmarks.Paths;

/// <summary>
/// Path queries on the 1M/5M power-law graph between a hub (the organisation with the most relations) and non-hub
/// selections. Targets: all paths (maxHops 4, page 100) median &lt; 20 ms; shortest paths and a depth-2 neighbourhood
/// capped at 500 entities median &lt; 10 ms. The chosen selections and their answer sizes are printed in setup.
/// </summary>
[MemoryDiagnoser]
public class PathQueryBenchmarks
{
    private PathEngine _engine = null!;
    private string _hub = null!;
    private string _nonHub = null!;
    private string _nonHubOrganisation = null!;
    private string _county = null!;

    private static readonly Lazy<GraphIndex> SharedIndex = new(() => GraphIndex.Build(BenchGraph.Cached));

    private static PathOptions Options => new(MaxHops: 4, Direction: Direction.Outgoing);

    [GlobalSetup]
    public void Setup()
    {
        var index = SharedIndex.Value;
        _engine = new PathEngine(index);
        var selection = new BenchSelections(index, _engine);
        _hub = selection.Hub;
        _nonHub = selection.NonHubProject;
        _nonHubOrganisation = selection.NonHubOrganisation;
        _county = selection.CountyOf(_nonHub);
        foreach (var (name, page) in new[]
        {
            ("hub->non-hub project", AllPathsHubToNonHub()),
            ("hub->projects in a county", AllPathsHubToCountyProjects()),
            ("non-hub org->Xinjiang projects", AllPathsNonHubToXinjiangProjects()),
        })
        {
            Console.WriteLine($"// PATHS {name}: total={page.TotalCount} truncated={page.Truncated} page={page.Edges.Count}");
        }

        Console.WriteLine($"// SHORTEST hub->non-hub: {ShortestHubToNonHub().Paths.Count} paths of {ShortestHubToNonHub().Paths.FirstOrDefault()?.Length} hops");
        Console.WriteLine($"// NEIGHBOURHOOD hub: {NeighbourhoodOfHub().EntityIds.Count} entities, truncated={NeighbourhoodOfHub().Truncated}; " +
            $"non-hub: {NeighbourhoodOfNonHub().EntityIds.Count} entities");
    }

    [Benchmark]
    public PathPage AllPathsHubToNonHub() =>
        _engine.FindPathsAsync(new PathQuery(Ids(_hub), Ids(_nonHub), Options, First: 100)).Result;

    [Benchmark]
    public PathPage AllPathsHubToCountyProjects() =>
        _engine.FindPathsAsync(new PathQuery(Ids(_hub), new EntitySelector(Kinds: [EntityKind.Project], LocatedIn: [_county]), Options, First: 100)).Result;

    [Benchmark]
    public PathPage AllPathsNonHubToXinjiangProjects() =>
        _engine.FindPathsAsync(new PathQuery(
            Ids(_nonHubOrganisation), new EntitySelector(Kinds: [EntityKind.Project], LocatedIn: ["Xinjiang"]), Options, First: 100)).Result;

    [Benchmark]
    public ShortestPathsResult ShortestHubToNonHub() =>
        _engine.FindShortestPathsAsync(new ShortestPathQuery(Ids(_hub), Ids(_nonHub), Options, Limit: 20)).Result;

    [Benchmark]
    public Subgraph NeighbourhoodOfHub() =>
        _engine.GetNeighbourhoodAsync(new NeighbourhoodQuery(_hub, 2, Options with { Direction = Direction.Any }, MaxEntities: 500)).Result;

    [Benchmark]
    public Subgraph NeighbourhoodOfNonHub() =>
        _engine.GetNeighbourhoodAsync(new NeighbourhoodQuery(_nonHub, 2, Options with { Direction = Direction.Any }, MaxEntities: 500)).Result;

    private static EntitySelector Ids(string id) => new(Ids: [id]);
}
