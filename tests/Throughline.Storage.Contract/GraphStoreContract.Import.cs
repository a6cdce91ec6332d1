using Throughline.Core.Model;
using Throughline.Core.Storage;

namespace Throughline.Storage.Contract;

public abstract partial class GraphStoreContract
{
    private static int RecordCount => ContractGraph.Articles.Count + ContractGraph.Entities.Count + ContractGraph.Relations.Count;

    [Fact]
    public async Task Import_into_an_empty_store_inserts_every_record()
    {
        var result = await ImportContractGraphAsync();

        result.Should().Be(new ImportResult(RecordCount, 0, 0));
    }

    [Fact]
    public async Task Importing_the_same_batch_twice_leaves_identical_contents()
    {
        await ImportContractGraphAsync();
        var before = await Store.ReadAllAsync();

        var again = await ImportContractGraphAsync();
        var after = await Store.ReadAllAsync();

        again.Should().Be(new ImportResult(0, 0, RecordCount));
        after.Should().BeEquivalentTo(before);
        (await Store.GetStatsAsync()).Evidence.Should().Be(ContractGraph.Relations.Sum(r => r.Evidence.Count));
    }

    [Fact]
    public async Task Reimporting_an_edited_claim_updates_it_and_its_evidence()
    {
        await ImportContractGraphAsync();
        var original = ContractGraph.Relation("acme-supplies-beta");
        var edited = original with
        {
            Status = RelationStatus.Confirmed,
            Confidence = 0.95,
            Evidence = [ContractGraph.Quote(ContractGraph.Report, "report said")],
            Product = "AI chips",
        };

        var result = await Store.ApplyAsync(new ImportBatch([], [], [edited]));

        result.Should().Be(new ImportResult(0, 1, 0));
        (await Store.GetRelationAsync(edited.Id)).Should().Be(edited);
        (await Store.GetRelationsCitingAsync("b-copy")).Select(r => r.Id).Should().NotContain(edited.Id);
        (await Store.GetRelationsCitingAsync("c-report")).Select(r => r.Id).Should().Contain(edited.Id);
    }

    [Fact]
    public async Task Reimporting_an_edited_entity_replaces_its_searchable_names()
    {
        await ImportContractGraphAsync();
        var renamed = ContractGraph.Entities.Single(e => e.Id == "org/gamma") with { Name = "Gamma Tech", Aliases = ["Delta Holdings"] };

        var result = await Store.ApplyAsync(new ImportBatch([], [renamed], []));

        result.Should().Be(new ImportResult(0, 1, 0));
        (await Store.SearchEntitiesAsync(new EntitySearch("gamma group"))).Items.Should().BeEmpty();
        (await Store.SearchEntitiesAsync(new EntitySearch("delta holdings"))).Items.Should().ContainSingle().Which.Should().Be(renamed);
    }

    [Fact]
    public async Task A_batch_whose_last_relation_breaks_a_constraint_leaves_the_store_unchanged()
    {
        await ImportContractGraphAsync();
        var before = await Store.ReadAllAsync();
        var newEntity = new Entity("org/delta", "Delta", EntityKind.Organization, []);
        var edited = ContractGraph.Relation("acme-supplies-beta") with { Confidence = 0.3 };
        var dangling = ContractGraph.Relation("acme-supplies-gamma") with { Id = "acme-supplies-nobody", To = "org/nobody" };

        var apply = () => Store.ApplyAsync(new ImportBatch([], [newEntity], [edited, dangling]));

        (await apply.Should().ThrowAsync<GraphStoreException>()).Which.Message.Should().Contain("acme-supplies-nobody");
        (await Store.ReadAllAsync()).Should().BeEquivalentTo(before);
        (await Store.GetEntityAsync("org/delta")).Should().BeNull();
    }

    [Fact]
    public async Task A_failed_first_import_leaves_an_empty_store()
    {
        var outOfRange = ContractGraph.Relation("acme-supplies-beta") with { Id = "zz-out-of-range", Confidence = 1.5 };
        var batch = ContractGraph.Batch with { Relations = [.. ContractGraph.Relations, outOfRange] };

        var apply = () => Store.ApplyAsync(batch);

        await apply.Should().ThrowAsync<GraphStoreException>();
        var stats = await Store.GetStatsAsync();
        (stats.Entities, stats.Relations, stats.Articles, stats.Evidence).Should().Be((0, 0, 0, 0));
    }

    [Fact]
    public async Task A_batch_may_name_a_larger_place_before_defining_it()
    {
        var city = new Entity("place/town", "Town", EntityKind.Place, [], LocatedIn: "place/province");
        var province = new Entity("place/province", "Province", EntityKind.Place, []);

        await Store.ApplyAsync(new ImportBatch([], [city, province], []));

        (await Store.GetEntityAsync("place/town"))!.LocatedIn.Should().Be("place/province");
    }
}
