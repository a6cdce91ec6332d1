using Throughline.Core.Model;
using Throughline.Core.Storage;

namespace Throughline.Storage.Contract;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task Articles_are_listed_by_id_in_keyset_pages()
    {
        await ImportContractGraphAsync();
        var ids = ContractGraph.Articles.Select(a => a.Id).Order(StringComparer.Ordinal).ToList();

        var first = await Store.ListArticlesAsync(2, null);
        var second = await Store.ListArticlesAsync(2, first.Items[^1].Id);
        var last = await Store.ListArticlesAsync(2, second.Items[^1].Id);

        first.Items.Select(a => a.Id).Should().Equal(ids[0], ids[1]);
        first.HasNextPage.Should().BeTrue();
        first.TotalCount.Should().Be(ids.Count);
        second.Items.Select(a => a.Id).Should().Equal(ids[2], ids[3]);
        last.Items.Select(a => a.Id).Should().Equal(ids[4]);
        last.HasNextPage.Should().BeFalse();
    }

    [Fact]
    public async Task Listing_after_an_id_that_is_not_stored_continues_from_its_position()
    {
        await ImportContractGraphAsync();

        var page = await Store.ListArticlesAsync(10, "b-zzz");

        page.Items.Select(a => a.Id).Should().Equal("c-report", "d-reference", "e-extra");
    }

    [Fact]
    public async Task Stats_count_records_by_kind_type_and_status()
    {
        await ImportContractGraphAsync();

        var stats = await Store.GetStatsAsync();

        stats.Entities.Should().Be(ContractGraph.Entities.Count);
        stats.Relations.Should().Be(ContractGraph.Relations.Count);
        stats.Articles.Should().Be(ContractGraph.Articles.Count);
        stats.Evidence.Should().Be(ContractGraph.Relations.Sum(r => r.Evidence.Count));
        stats.EntitiesByKind.Should().BeEquivalentTo(ContractGraph.Entities.GroupBy(e => e.Kind).ToDictionary(g => g.Key, g => g.Count()));
        stats.RelationsByType.Should().BeEquivalentTo(ContractGraph.Relations.GroupBy(r => r.Type).ToDictionary(g => g.Key, g => g.Count()));
        stats.RelationsByStatus.Should().BeEquivalentTo(ContractGraph.Relations.GroupBy(r => r.Status).ToDictionary(g => g.Key, g => g.Count()));
        stats.RelationsByStatus.Should().ContainKey(RelationStatus.Denied);
        stats.EntitiesByCountry.Should().BeEquivalentTo(
            ContractGraph.Entities.Where(e => e.Country is not null).GroupBy(e => e.Country!).ToDictionary(g => g.Key, g => g.Count()));
        stats.EntitiesByCountry.Should().NotBeEmpty();
        var years = ContractGraph.Articles.Select(a => a.Published)
            .Concat(ContractGraph.Relations.SelectMany(r => new[] { r.ValidFrom, r.ValidTo })).OfType<PartialDate>().Select(d => d.Year).ToList();
        stats.Years.Should().Be(new YearSpan(years.Min(), years.Max()));
    }
}
