using Throughline.Core.Index;
using Throughline.Core.Model;
using Throughline.Core.Paths;

namespace Throughline.Benchmarks.Paths;

/// <summary>
/// Picks the benchmark's selections deterministically: the hub is the organisation with the highest out-degree; the
/// non-hub project is the first project (by id order) with at most 4 relations that the hub reaches within 4 hops.
/// </summary>
internal sealed class BenchSelections
{
    private readonly GraphIndex _index;

    public BenchSelections(GraphIndex index, PathEngine engine)
    {
        _index = index;
        var organisations = Enumerable.Range(0, index.EntityCount).Where(e => index.Kind(e) == EntityKind.Organization).ToList();
        var hub = organisations.MaxBy(index.Outgoing.Degree);
        Hub = index.EntityId(hub);
        NonHubProject = Enumerable.Range(0, index.EntityCount)
            .Where(e => index.Kind(e) == EntityKind.Project && Degree(e) is >= 2 and <= 4)
            .Select(index.EntityId)
            .Take(200)
            .First(id => engine.FindShortestPathsAsync(new ShortestPathQuery(new(Ids: [Hub]), new(Ids: [id]), new PathOptions(MaxHops: 4), 1))
                .Result.Paths.Count > 0);
        NonHubOrganisation = index.EntityId(organisations.First(e => index.Outgoing.Degree(e) is >= 2 and <= 4));
        Console.WriteLine($"// SELECTIONS hub={Hub} (out-degree {index.Outgoing.Degree(hub)}), non-hub project={NonHubProject}, " +
            $"non-hub organisation={NonHubOrganisation}");
    }

    public string Hub { get; }

    public string NonHubProject { get; }

    public string NonHubOrganisation { get; }

    /// <summary>The county a project is LOCATED_IN (synthetic projects each have one).</summary>
    public string CountyOf(string project)
    {
        var e = _index.Find(project);
        var neighbours = _index.Outgoing.NeighboursOf(e);
        var relations = _index.Outgoing.RelationsOf(e);
        for (var i = 0; i < neighbours.Length; i++)
        {
            if (_index.FactsOf(relations[i]).Type == RelationType.LocatedIn)
            {
                return _index.EntityId(neighbours[i]);
            }
        }

        return "place/county-0-0-0";
    }

    private int Degree(int e) => _index.Outgoing.Degree(e) + _index.Incoming.Degree(e);
}
