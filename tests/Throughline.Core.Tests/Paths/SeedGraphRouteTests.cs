using Throughline.Core.Index;
using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.Core.SeedData;
using Throughline.Core.Storage;

namespace Throughline.Core.Tests.Paths;

/// <summary>The question the engine exists for — every route from Intel to Xinjiang projects — on the curated seed graph.</summary>
public sealed class SeedGraphRouteTests
{
    private static readonly Lazy<ImportBatch> Seed = new(() =>
    {
        var result = SeedLoader.Load(RepositoryPaths.SeedData);
        result.Problems.Should().BeEmpty();
        return result.Batch;
    });

    private static PathQuery IntelToXinjiangProjects(PartialDate? asOf = null) => new(
        new EntitySelector(Names: ["Intel"]),
        new EntitySelector(Kinds: [EntityKind.Project], LocatedIn: ["Xinjiang"]),
        new PathOptions(MaxHops: 4, AsOf: asOf),
        First: 1000);

    // NetPosa's Xinjiang work is stated as supplying the Xinjiang police and operating in Xinjiang, not as a project.
    private static PathQuery IntelToXinjiangPoliceAndRegion(PartialDate? asOf = null) => new(
        new EntitySelector(Names: ["Intel"]),
        new EntitySelector(Ids: ["gov/xinjiang-police", "place/xinjiang"]),
        new PathOptions(MaxHops: 4, AsOf: asOf),
        First: 1000);

    private static PathEngine Engine() => new(GraphIndex.Build(Seed.Value.Entities, Seed.Value.Relations));

    [Fact]
    public async Task Routes_from_intel_to_xinjiang_projects_run_through_hikvision_and_routes_to_the_xinjiang_police_through_netposa()
    {
        var engine = Engine();

        var page = await engine.FindPathsAsync(IntelToXinjiangProjects());
        var police = await engine.FindPathsAsync(IntelToXinjiangPoliceAndRegion());

        page.Truncated.Should().BeFalse();
        page.Edges.Should().Contain(e => e.Path.EntityIds[1] == "org/hikvision", "Intel supplies Hikvision, a Xinjiang contractor");
        page.Edges.Should().OnlyContain(e => e.Path.EntityIds[0] == "org/intel");
        police.Edges.Should().Contain(e => e.Path.EntityIds.SequenceEqual(new[] { "org/intel", "org/netposa", "gov/xinjiang-police" }),
            "Intel supplies NetPosa, which supplies the Xinjiang police");
        police.Edges.Should().Contain(e => e.Path.EntityIds.Contains("org/intel-capital"), "Intel Capital invested in NetPosa");
    }

    [Fact]
    public async Task Every_hop_of_every_route_is_backed_by_a_quote()
    {
        var relations = Seed.Value.Relations.ToDictionary(r => r.Id, StringComparer.Ordinal);

        var page = await Engine().FindPathsAsync(IntelToXinjiangProjects());

        page.Edges.Should().NotBeEmpty();
        page.Edges.SelectMany(e => e.Path.Hops).Should().OnlyContain(
            hop => hop.RelationIds.Count > 0 && hop.RelationIds.All(id => relations[id].Evidence.Any(q => q.Quote.Length > 0)));
    }

    [Fact]
    public async Task As_of_2017_routes_through_intel_capitals_sold_stake_disappear_but_the_chip_supply_stays()
    {
        var engine = Engine();

        var all = await engine.FindPathsAsync(IntelToXinjiangPoliceAndRegion());
        var in2017 = await engine.FindPathsAsync(IntelToXinjiangPoliceAndRegion(PartialDate.FromYear(2017)));

        all.Edges.Where(ThroughStake).Should().NotBeEmpty();
        in2017.Edges.Where(ThroughStake).Should().BeEmpty();
        in2017.Edges.Should().Contain(e => e.Path.Hops[0].From == "org/intel" && e.Path.Hops[0].To == "org/netposa"
            && e.Path.Hops[0].RelationIds.Contains("intel-supplies-netposa"));
    }

    private static bool ThroughStake(PathEdge edge) =>
        edge.Path.Hops.Any(h => h.RelationIds.SequenceEqual(["intel-capital-invested-in-netposa"]));
}
