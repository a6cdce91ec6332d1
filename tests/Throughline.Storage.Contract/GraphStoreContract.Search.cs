using Throughline.Core.Model;
using Throughline.Core.Storage;

namespace Throughline.Storage.Contract;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task Search_ranks_exact_then_prefix_then_substring_then_by_name()
    {
        await ImportContractGraphAsync();

        var page = await Store.SearchEntitiesAsync(new EntitySearch("acme"));

        // exact: Acme; prefix: "Acme Ventures" and the alias "Acmeville" (City), by name; substring: alias "Beta Acme Holdings".
        page.Items.Select(e => e.Id).Should().Equal("org/acme", "org/acme-ventures", "place/city", "org/beta");
        page.TotalCount.Should().Be(4);
    }

    [Fact]
    public async Task Search_matches_aliases_case_insensitively()
    {
        await ImportContractGraphAsync();

        var byAlias = await Store.SearchEntitiesAsync(new EntitySearch("gamma group"));
        var shouting = await Store.SearchEntitiesAsync(new EntitySearch("ACME CORP."));

        byAlias.Items.Select(e => e.Id).Should().Equal("org/gamma");
        shouting.Items.Select(e => e.Id).Should().Equal("org/acme");
    }

    [Fact]
    public async Task Search_filters_by_kind_and_pages_by_offset_with_the_full_count()
    {
        await ImportContractGraphAsync();

        var places = await Store.SearchEntitiesAsync(new EntitySearch("acme", [EntityKind.Place]));
        var second = await Store.SearchEntitiesAsync(new EntitySearch("acme", Limit: 2, Offset: 2));
        var beyond = await Store.SearchEntitiesAsync(new EntitySearch("acme", Limit: 2, Offset: 10));

        places.Items.Select(e => e.Id).Should().Equal("place/city");
        second.Items.Select(e => e.Id).Should().Equal("place/city", "org/beta");
        second.TotalCount.Should().Be(4);
        beyond.Items.Should().BeEmpty();
        beyond.TotalCount.Should().Be(4);
    }

    [Fact]
    public async Task Search_without_text_lists_entities_by_name()
    {
        await ImportContractGraphAsync();
        var expected = ContractGraph.Entities
            .OrderBy(e => e.Name.ToLowerInvariant(), StringComparer.Ordinal)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => e.Id);

        var page = await Store.SearchEntitiesAsync(new EntitySearch(null, Limit: 100));

        page.Items.Select(e => e.Id).Should().Equal(expected);
        page.TotalCount.Should().Be(ContractGraph.Entities.Count);
    }

    [Fact]
    public async Task Search_for_text_nobody_has_finds_nothing()
    {
        await ImportContractGraphAsync();

        var page = await Store.SearchEntitiesAsync(new EntitySearch("zzz"));

        page.Items.Should().BeEmpty();
        page.TotalCount.Should().Be(0);
    }
}
