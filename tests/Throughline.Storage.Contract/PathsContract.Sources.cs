using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.Core.Storage;

namespace Throughline.Storage.Contract;

/// <summary>minIndependentSources and contested hops: every store filters and flags by the evidence's stances and origins.</summary>
public abstract partial class PathsContract
{
    private static Evidence Said(string article, EvidenceStance stance = EvidenceStance.Asserts, string? origin = null) =>
        new(article, "beta", 6, 10, stance, Origin: origin);

    /// <summary>
    /// Two routes from Acme to the camp: through Beta, every hop stated by two independent articles (one a statement to the
    /// second paper); through Gamma, one hop only restated by the second paper from the first (one origin) and a denial.
    /// </summary>
    private static GraphSnapshot SourcedGraph() => new(
        [
            new Article("paper-1", "One", null, [], null, null, null, [], "alpha beta gamma"),
            new Article("paper-2", "Two", null, [], null, null, null, ["paper-1"], "alpha beta gamma"),
        ],
        [
            new Entity("org/acme", "Acme", EntityKind.Organization, []),
            new Entity("org/beta", "Beta", EntityKind.Organization, []),
            new Entity("org/gamma", "Gamma", EntityKind.Organization, []),
            new Entity("project/camp", "Camp", EntityKind.Project, []),
        ],
        [
            new Relation("acme-supplies-beta", RelationType.Supplies, "org/acme", "org/beta", RelationStatus.Confirmed, 0.95,
                [Said("paper-1"), Said("paper-2", EvidenceStance.Confirms)]),
            new Relation("beta-builds-camp", RelationType.ContractorFor, "org/beta", "project/camp", RelationStatus.Reported, 0.8,
                [Said("paper-1"), Said("paper-2")]),
            new Relation("acme-supplies-gamma", RelationType.Supplies, "org/acme", "org/gamma", RelationStatus.Disputed, 0.8,
                [Said("paper-1"), Said("paper-2", origin: "paper-1"), Said("paper-2", EvidenceStance.Denies)]),
            new Relation("gamma-builds-camp", RelationType.ContractorFor, "org/gamma", "project/camp", RelationStatus.Reported, 0.8,
                [Said("paper-1"), Said("paper-2")]),
        ]);

    private static PathQuery AcmeToCamp(int minSources) =>
        new(new EntitySelector(Ids: ["org/acme"]), new EntitySelector(Ids: ["project/camp"]), new PathOptions(MinIndependentSources: minSources));

    [Fact]
    public async Task A_minimum_of_two_independent_sources_keeps_only_routes_whose_every_hop_has_two_origins()
    {
        await LoadAsync(SourcedGraph());

        var all = await Paths.FindPathsAsync(AcmeToCamp(0));
        var sourced = await Paths.FindPathsAsync(AcmeToCamp(2));

        Routes(all).Should().BeEquivalentTo("org/acme>org/beta>project/camp", "org/acme>org/gamma>project/camp");
        Routes(sourced).Should().Equal("org/acme>org/beta>project/camp");
        (await Paths.FindPathsAsync(AcmeToCamp(3))).Edges.Should().BeEmpty();
    }

    [Fact]
    public async Task A_hop_over_a_relation_with_denying_evidence_is_contested()
    {
        await LoadAsync(SourcedGraph());

        var page = await Paths.FindPathsAsync(AcmeToCamp(0));

        var byRoute = page.Edges.ToDictionary(e => string.Join('>', e.Path.EntityIds), e => e.Path.Hops.Select(h => h.Contested).ToList());
        byRoute["org/acme>org/gamma>project/camp"].Should().Equal(true, false);
        byRoute["org/acme>org/beta>project/camp"].Should().Equal(false, false);
    }

    [Fact]
    public async Task Shortest_paths_honour_the_source_minimum_too()
    {
        await LoadAsync(SourcedGraph());

        var result = await Paths.FindShortestPathsAsync(
            new ShortestPathQuery(new EntitySelector(Ids: ["org/acme"]), new EntitySelector(Ids: ["org/gamma"]), new PathOptions(MinIndependentSources: 2)));

        result.Paths.Should().BeEmpty("acme-supplies-gamma has one origin: the second paper only restates the first");
    }
}
