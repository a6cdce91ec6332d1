using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.Core.Storage;

namespace Throughline.Storage.Contract;

/// <summary>
/// The batched relation reads: one call for many entities (articles) answers each exactly as the graph says, per id,
/// with the limit applied per entity. Expectations are computed here from <see cref="ContractGraph"/>, independently of
/// any store, and the one-id forms must agree with the batched answer.
/// </summary>
public abstract partial class GraphStoreContract
{
    private const string UnknownEntity = "org/nobody";

    public static TheoryData<Direction, int> DirectionsAndLimits()
    {
        var data = new TheoryData<Direction, int>();
        foreach (var direction in Enum.GetValues<Direction>())
        {
            foreach (var limit in new[] { 1, 2, int.MaxValue })
            {
                data.Add(direction, limit);
            }
        }

        return data;
    }

    private static readonly IReadOnlyCollection<RelationType>?[] TypeFilters =
    [
        null,
        [RelationType.Supplies],
        [RelationType.Supplies, RelationType.ContractorFor, RelationType.LocatedIn],
        [RelationType.ListedOn],
        [],
    ];

    [Theory]
    [MemberData(nameof(DirectionsAndLimits))]
    public async Task Relations_of_many_entities_answer_each_entity_as_the_graph_says(Direction direction, int limit)
    {
        await ImportContractGraphAsync();
        var ids = ContractGraph.Entities.Select(e => e.Id).Append(UnknownEntity).ToList();

        foreach (var types in TypeFilters)
        {
            var because = $"{direction}, types [{(types is null ? "any" : string.Join(", ", types))}], limit {limit}";
            var batched = await Store.GetRelationsOfManyAsync(ids, direction, types, limit);

            batched.Keys.Should().BeEquivalentTo(ids, because);
            foreach (var id in ids)
            {
                batched[id].Select(r => r.Id).Should().Equal(ExpectedRelationsOf(id, direction, types, limit), $"{id}: {because}");
                batched[id].Should().Equal(await Store.GetRelationsOfAsync(id, direction, types, limit), $"{id} read alone: {because}");
            }
        }
    }

    [Fact]
    public async Task Relations_of_many_entities_limit_each_entity_not_the_whole_answer()
    {
        await ImportContractGraphAsync();

        var batched = await Store.GetRelationsOfManyAsync(["org/acme", "project/cameras", "org/gamma"], Direction.Any, null, 1);

        batched["org/acme"].Select(r => r.Id).Should().Equal("acme-parent-of-ventures");
        batched["project/cameras"].Select(r => r.Id).Should().Equal("bureau-commissioned-cameras");
        batched["org/gamma"].Select(r => r.Id).Should().Equal("acme-supplies-gamma");
    }

    [Fact]
    public async Task Relations_of_many_entities_answer_unknown_repeated_and_no_ids()
    {
        await ImportContractGraphAsync();

        var unknown = await Store.GetRelationsOfManyAsync([UnknownEntity, "place/nowhere"], Direction.Any, null, 10);
        var repeated = await Store.GetRelationsOfManyAsync(["org/beta", "org/beta"], Direction.Incoming, null, 10);
        var none = await Store.GetRelationsOfManyAsync([], Direction.Any, null, 10);
        var zero = await Store.GetRelationsOfManyAsync(["org/acme"], Direction.Any, null, 0);

        unknown.Should().HaveCount(2).And.OnlyContain(pair => pair.Value.Count == 0);
        repeated.Keys.Should().Equal("org/beta");
        repeated["org/beta"].Select(r => r.Id).Should().Equal("acme-supplies-beta", "ventures-invested-in-beta");
        none.Should().BeEmpty();
        zero["org/acme"].Should().BeEmpty();
    }

    [Fact]
    public async Task Relations_of_many_entities_reject_a_negative_limit() =>
        await Store.Invoking(s => s.GetRelationsOfManyAsync(["org/acme"], Direction.Any, null, -1))
            .Should().ThrowAsync<ArgumentOutOfRangeException>();

    [Fact]
    public async Task Relations_of_many_entities_read_a_large_batch_of_ids_in_one_call()
    {
        await ImportContractGraphAsync();
        var ids = Enumerable.Range(0, 5000).Select(i => $"org/missing-{i}").Append("org/beta").ToList();

        var batched = await Store.GetRelationsOfManyAsync(ids, Direction.Any, null, 100);

        batched.Should().HaveCount(ids.Count);
        batched["org/beta"].Select(r => r.Id).Should().Equal(ExpectedRelationsOf("org/beta", Direction.Any, null, 100));
        batched.Where(pair => pair.Key != "org/beta").Should().OnlyContain(pair => pair.Value.Count == 0);
    }

    [Fact]
    public async Task Relations_citing_many_articles_answer_each_article_as_the_graph_says()
    {
        await ImportContractGraphAsync();
        var ids = ContractGraph.Articles.Select(a => a.Id).Append("z-unknown").ToList();

        var batched = await Store.GetRelationsCitingManyAsync(ids);

        batched.Keys.Should().BeEquivalentTo(ids);
        foreach (var id in ids)
        {
            var expected = ContractGraph.Relations.Where(r => r.Evidence.Any(e => e.ArticleId == id)).Select(r => r.Id).Order(StringComparer.Ordinal);
            batched[id].Select(r => r.Id).Should().Equal(expected, id);
            batched[id].Should().Equal(await Store.GetRelationsCitingAsync(id), $"{id} read alone");
        }

        (await Store.GetRelationsCitingManyAsync([])).Should().BeEmpty();
    }

    [Fact]
    public async Task Batched_relation_reads_list_a_relation_once_however_often_it_meets_the_id()
    {
        await ImportContractGraphAsync();
        // From an entity to itself, quoting one article twice: met from both ends and through two evidence items.
        var loop = new Relation("beta-supplies-beta", RelationType.Supplies, "org/beta", "org/beta", RelationStatus.Reported, 0.6,
            [ContractGraph.Quote(ContractGraph.Original, "Acme sells chips"), ContractGraph.Quote(ContractGraph.Original, "Beta Systems in 2010")]);
        await Store.ApplyAsync(new ImportBatch([], [], [loop]));

        foreach (var direction in Enum.GetValues<Direction>())
        {
            var batched = await Store.GetRelationsOfManyAsync(["org/beta", "org/acme"], direction, null, 100);
            batched["org/beta"].Count(r => r.Id == loop.Id).Should().Be(1, direction.ToString());
        }

        var citing = await Store.GetRelationsCitingManyAsync(["a-original", "b-copy"]);
        citing["a-original"].Count(r => r.Id == loop.Id).Should().Be(1);
        citing["a-original"].Should().Contain(loop);
    }

    [Fact]
    public async Task Batched_relation_reads_return_records_exactly_as_imported()
    {
        await ImportContractGraphAsync();

        var of = await Store.GetRelationsOfManyAsync(ContractGraph.Entities.Select(e => e.Id).ToList(), Direction.Outgoing, null, 100);
        var citing = await Store.GetRelationsCitingManyAsync(ContractGraph.Articles.Select(a => a.Id).ToList());

        of.Values.SelectMany(list => list).Should().BeEquivalentTo(ContractGraph.Relations);
        citing.Values.SelectMany(list => list).Should().OnlyContain(r => ContractGraph.Relations.Contains(r));
    }

    private static IEnumerable<string> ExpectedRelationsOf(string id, Direction direction, IReadOnlyCollection<RelationType>? types, int limit) =>
        ContractGraph.Relations
            .Where(r => direction switch
            {
                Direction.Outgoing => r.From == id,
                Direction.Incoming => r.To == id,
                _ => r.From == id || r.To == id,
            })
            .Where(r => types is null || types.Contains(r.Type))
            .Select(r => r.Id)
            .Order(StringComparer.Ordinal)
            .Take(limit);
}
