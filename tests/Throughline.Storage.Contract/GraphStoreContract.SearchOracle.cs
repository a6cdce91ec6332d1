using Throughline.Core.Model;
using Throughline.Core.Storage;

namespace Throughline.Storage.Contract;

public abstract partial class GraphStoreContract
{
    /// <summary>
    /// Random names over a three-letter alphabet (so that most texts match many names, as prefixes and substrings), and
    /// texts of one to six characters, shorter and longer than a trigram: every page equals the ranking computed here
    /// from the names themselves, whatever index the store uses to find its candidates.
    /// </summary>
    [Fact]
    public async Task Search_returns_what_ranking_every_name_by_hand_returns()
    {
        var random = new Random(20261203);
        string Word(int min, int max) =>
            new([.. Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => "abcABC "[random.Next(7)])]);
        var entities = Enumerable.Range(0, 240)
            .Select(i => new Entity($"org/e{i:D3}", "N" + Word(2, 8), EntityKind.Organization,
                [.. Enumerable.Range(0, random.Next(3)).Select(_ => Word(3, 9))]))
            .ToList();
        // Its names joined hold "ab\nn", and no one name does: a text that spans two names matches nothing.
        entities.Add(new Entity("org/joined", "Xab", EntityKind.Organization, ["Nab"]));
        await Store.ApplyAsync(new ImportBatch([], entities, []));
        var texts = Enumerable.Range(0, 60).Select(_ => Word(1, 6))
            .Append("na").Append("nab").Append(" cab ").Append("ab\nn")
            .Where(t => !string.IsNullOrWhiteSpace(t)).Distinct().ToList();

        foreach (var text in texts)
        {
            var page = await Store.SearchEntitiesAsync(new EntitySearch(text, Limit: 1000));

            var expected = Ranked(entities, text);
            page.Items.Select(e => e.Id).Should().Equal(expected, $"the search for '{text}' ranks exact, prefix, substring, then by name and id");
            page.TotalCount.Should().Be(expected.Count, $"every entity matching '{text}' is counted");
        }
    }

    [Fact]
    public async Task Search_forgets_a_renamed_entitys_old_names()
    {
        await Store.ApplyAsync(new ImportBatch([], [new Entity("org/q", "Quokka Holdings", EntityKind.Organization, ["Quokka Group"])], []));
        await Store.ApplyAsync(new ImportBatch([], [new Entity("org/q", "Wombat Trading", EntityKind.Organization, ["WT"])], []));

        (await Store.SearchEntitiesAsync(new EntitySearch("quokka"))).TotalCount.Should().Be(0);
        (await Store.SearchEntitiesAsync(new EntitySearch("okk"))).TotalCount.Should().Be(0);
        (await Store.SearchEntitiesAsync(new EntitySearch("bat trad"))).Items.Select(e => e.Id).Should().Equal("org/q");
        (await Store.SearchEntitiesAsync(new EntitySearch("wt"))).Items.Select(e => e.Id).Should().Equal("org/q");
    }

    private static List<string> Ranked(IEnumerable<Entity> entities, string text)
    {
        var q = text.Trim().ToLowerInvariant();
        return [.. entities
            .Select(e => (e, Rank: e.Names.Select(n => n.Trim().ToLowerInvariant())
                .Where(n => n.Contains(q, StringComparison.Ordinal))
                .Select(n => n == q ? 0 : n.StartsWith(q, StringComparison.Ordinal) ? 1 : 2)
                .DefaultIfEmpty(3).Min()))
            .Where(x => x.Rank < 3)
            .OrderBy(x => x.Rank).ThenBy(x => x.e.Name.Trim().ToLowerInvariant(), StringComparer.Ordinal).ThenBy(x => x.e.Id, StringComparer.Ordinal)
            .Select(x => x.e.Id)];
    }
}
