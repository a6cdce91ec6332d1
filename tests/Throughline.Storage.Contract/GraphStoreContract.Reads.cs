using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.Core.Storage;

namespace Throughline.Storage.Contract;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task Get_returns_every_record_exactly_as_imported()
    {
        await ImportContractGraphAsync();

        var entities = await Store.GetEntitiesAsync(ContractGraph.Entities.Select(e => e.Id).ToList());
        var articles = await Store.GetArticlesAsync(ContractGraph.Articles.Select(a => a.Id).ToList());
        var relations = await Store.GetRelationsAsync(ContractGraph.Relations.Select(r => r.Id).ToList());

        entities.Should().BeEquivalentTo(ContractGraph.Entities);
        articles.Should().BeEquivalentTo(ContractGraph.Articles);
        relations.Should().BeEquivalentTo(ContractGraph.Relations);
        relations.Should().OnlyContain(r => ContractGraph.Relations.Contains(r), "records compare equal field by field, evidence offsets included");
    }

    [Fact]
    public async Task Get_skips_unknown_ids_and_accepts_an_empty_list()
    {
        await ImportContractGraphAsync();

        var found = await Store.GetEntitiesAsync(["org/acme", "org/nobody", "org/gamma"]);
        var none = await Store.GetRelationsAsync([]);

        found.Select(e => e.Id).Should().BeEquivalentTo("org/acme", "org/gamma");
        none.Should().BeEmpty();
    }

    [Fact]
    public async Task Get_reads_a_large_batch_of_ids_in_one_call()
    {
        await ImportContractGraphAsync();
        var ids = Enumerable.Range(0, 5000).Select(i => $"org/missing-{i}").Append("org/beta").ToList();

        var found = await Store.GetEntitiesAsync(ids);

        found.Should().ContainSingle().Which.Id.Should().Be("org/beta");
    }

    [Theory]
    [InlineData(Direction.Outgoing, new[] { "acme-parent-of-ventures", "acme-supplies-beta", "acme-supplies-gamma" })]
    [InlineData(Direction.Incoming, new string[0])]
    [InlineData(Direction.Any, new[] { "acme-parent-of-ventures", "acme-supplies-beta", "acme-supplies-gamma" })]
    public async Task Relations_of_an_entity_follow_the_direction_in_id_order(Direction direction, string[] expected)
    {
        await ImportContractGraphAsync();

        var relations = await Store.GetRelationsOfAsync("org/acme", direction, null, 100);

        relations.Select(r => r.Id).Should().Equal(expected);
    }

    [Theory]
    [InlineData("org/gamma")]
    [InlineData("org/acme-ventures")]
    [InlineData("project/cameras")]
    public async Task Relations_of_an_entity_in_both_directions_are_merged_in_id_order(string entityId)
    {
        await ImportContractGraphAsync();
        var expected = ContractGraph.Relations
            .Where(r => r.From == entityId || r.To == entityId)
            .Select(r => r.Id)
            .Order(StringComparer.Ordinal);

        var any = await Store.GetRelationsOfAsync(entityId, Direction.Any, null, 100);
        var incoming = await Store.GetRelationsOfAsync(entityId, Direction.Incoming, null, 100);

        any.Select(r => r.Id).Should().Equal(expected);
        incoming.Should().OnlyContain(r => r.To == entityId).And.NotBeEmpty();
    }

    [Fact]
    public async Task Relations_of_an_entity_can_be_restricted_to_types_and_limited()
    {
        await ImportContractGraphAsync();

        var supplies = await Store.GetRelationsOfAsync("org/acme", Direction.Outgoing, [RelationType.Supplies], 100);
        var firstOnly = await Store.GetRelationsOfAsync("org/acme", Direction.Outgoing, null, 1);
        var noneOfType = await Store.GetRelationsOfAsync("org/acme", Direction.Outgoing, [RelationType.ListedOn], 100);

        supplies.Select(r => r.Id).Should().Equal("acme-supplies-beta", "acme-supplies-gamma");
        firstOnly.Select(r => r.Id).Should().Equal("acme-parent-of-ventures");
        noneOfType.Should().BeEmpty();
    }

    [Fact]
    public async Task Relations_citing_an_article_are_those_with_evidence_from_it()
    {
        await ImportContractGraphAsync();
        var expected = ContractGraph.Relations
            .Where(r => r.Evidence.Any(e => e.ArticleId == "b-copy"))
            .Select(r => r.Id)
            .Order(StringComparer.Ordinal);

        var citing = await Store.GetRelationsCitingAsync("b-copy");
        var uncited = await Store.GetRelationsCitingAsync("e-extra");

        citing.Select(r => r.Id).Should().Equal(expected);
        uncited.Should().BeEmpty();
    }

    [Fact]
    public async Task Read_all_returns_the_whole_graph()
    {
        await ImportContractGraphAsync();

        var snapshot = await Store.ReadAllAsync();

        snapshot.Articles.Should().BeEquivalentTo(ContractGraph.Articles);
        snapshot.Entities.Should().BeEquivalentTo(ContractGraph.Entities);
        snapshot.Relations.Should().BeEquivalentTo(ContractGraph.Relations);
    }

    [Fact]
    public async Task An_empty_store_reads_as_empty()
    {
        var snapshot = await Store.ReadAllAsync();
        var stats = await Store.GetStatsAsync();

        snapshot.Entities.Should().BeEmpty();
        snapshot.Relations.Should().BeEmpty();
        snapshot.Articles.Should().BeEmpty();
        stats.Entities.Should().Be(0);
        stats.RelationsByType.Should().BeEmpty();
    }
}
