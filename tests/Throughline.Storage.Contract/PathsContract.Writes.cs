using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.Core.Storage;

namespace Throughline.Storage.Contract;

public abstract partial class PathsContract
{
    [Fact]
    public async Task Routes_follow_gazetteer_nesting_to_a_project_in_xinjiang()
    {
        await LoadAsync(SmallGraph());

        var page = await Paths.FindPathsAsync(IntelToXinjiangProjects);

        Routes(page).Should().Equal("org/intel>org/hikvision>project/camp");
        page.Edges[0].Path.Hops.Select(h => h.RelationIds.Single()).Should().Equal("intel-supplies-hikvision", "hikvision-builds-camp");
    }

    [Fact]
    public async Task A_query_after_a_write_sees_the_new_relation_and_entity()
    {
        await LoadAsync(SmallGraph());

        await WriteAsync(new ImportBatch(
            [],
            [new Entity("org/aaa-first", "AAA", EntityKind.Organization, [])],
            [
                Claim("intel-supplies-netposa", "org/intel", RelationType.Supplies, "org/netposa"),
                Claim("netposa-builds-camp", "org/netposa", RelationType.ContractorFor, "project/camp"),
                Claim("aaa-builds-camp", "org/aaa-first", RelationType.ContractorFor, "project/camp"),
                Claim("intel-supplies-aaa", "org/intel", RelationType.Supplies, "org/aaa-first"),
            ]));
        var page = await Paths.FindPathsAsync(IntelToXinjiangProjects);

        Routes(page).Should().Equal(
            "org/intel>org/aaa-first>project/camp", "org/intel>org/hikvision>project/camp", "org/intel>org/netposa>project/camp");
    }

    [Fact]
    public async Task A_query_after_an_update_sees_the_changed_claim()
    {
        await LoadAsync(SmallGraph());

        await WriteAsync(new ImportBatch([], [], [Claim("hikvision-builds-camp", "org/hikvision", RelationType.ContractorFor, "project/camp", RelationStatus.Denied)]));
        var denied = await Paths.FindPathsAsync(IntelToXinjiangProjects);
        var included = await Paths.FindPathsAsync(IntelToXinjiangProjects with { Options = new PathOptions(IncludeDenied: true) });

        denied.TotalCount.Should().Be(0);
        included.Edges.Single().Path.Disputed.Should().BeTrue();
    }

    [Fact]
    public async Task Unknown_ids_and_exceeded_caps_are_errors_with_codes()
    {
        await LoadAsync(SmallGraph());

        var unknown = () => Paths.FindPathsAsync(IntelToXinjiangProjects with { From = new EntitySelector(Ids: ["org/unknown"]) });
        var tooLong = () => Paths.FindPathsAsync(IntelToXinjiangProjects with { Options = new PathOptions(MaxHops: 7) });
        var tooWide = () => Paths.GetNeighbourhoodAsync(new NeighbourhoodQuery("org/intel", 1, new PathOptions(), MaxEntities: 10_001));

        (await unknown.Should().ThrowAsync<PathQueryException>()).Which.Code.Should().Be(PathQueryException.NotFound);
        (await tooLong.Should().ThrowAsync<PathQueryException>()).Which.Code.Should().Be(PathQueryException.LimitExceeded);
        (await tooWide.Should().ThrowAsync<PathQueryException>()).Which.Code.Should().Be(PathQueryException.LimitExceeded);
    }
}
