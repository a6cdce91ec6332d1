using System.Text.Json;
using Throughline.Api.Tests.Support;
using Throughline.Core.Model;
using Throughline.Core.SeedData;

namespace Throughline.Api.Tests.Schema;

[Collection(SharedServerCollection.Name)]
public sealed class PathQueryTests(SharedServer shared)
{
    private ApiServer Api => shared.Server;

    [Fact]
    public async Task The_headline_query_returns_the_hikvision_routes_and_netposa_reaches_the_xinjiang_police_with_quotes_on_every_hop()
    {
        var paths = (await Api.PostAsync(Queries.Headline, new { first = 50, maxHops = 4 })).Data.GetProperty("paths");
        var routes = paths.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        var entityLists = routes.Select(r => Ids(r.GetProperty("entities"))).ToList();
        // NetPosa's Xinjiang work is stated as supplying the Xinjiang police, not as a project.
        var police = (await Api.PostAsync("""{ paths(from: { ids: ["org/intel"] }, to: { ids: ["gov/xinjiang-police"] }, options: { maxHops: 4 }) { edges { node { entities { id } } } } }"""))
            .Data.GetProperty("paths").GetProperty("edges").EnumerateArray().Select(e => Ids(e.GetProperty("node").GetProperty("entities"))).ToList();

        entityLists.Should().Contain(ids => ids.Contains("org/hikvision"));
        police.Should().Contain(ids => ids.SequenceEqual(new[] { "org/intel", "org/netposa", "gov/xinjiang-police" }));
        entityLists.Should().OnlyContain(ids => ids[0] == "org/intel");
        entityLists.Select(ids => ids.Last()).Should().OnlyContain(id => IsProjectInXinjiang(id));

        foreach (var hop in routes.SelectMany(r => r.GetProperty("hops").EnumerateArray()))
        {
            var relations = hop.GetProperty("relations").EnumerateArray().ToList();
            relations.Should().NotBeEmpty();
            foreach (var evidence in relations.SelectMany(r => r.GetProperty("evidence").EnumerateArray()))
            {
                var text = SeedFacts.ArticleText(evidence.GetProperty("article").GetProperty("id").GetString()!);
                var quote = evidence.GetProperty("quote").GetString()!;
                QuoteLocator.Normalise(text[evidence.GetProperty("start").GetInt32()..evidence.GetProperty("end").GetInt32()])
                    .Should().Be(QuoteLocator.Normalise(quote), "the offsets point at the quote in the article's text");
            }

            relations.Should().OnlyContain(r => r.GetProperty("evidence").GetArrayLength() > 0);
        }
    }

    [Fact]
    public async Task Routes_from_hikvision_include_its_direct_links_to_xinjiang_projects()
    {
        var response = await Api.PostAsync(
            "{ paths(from: { ids: [\"org/hikvision\"] }, to: { kinds: [PROJECT], locatedIn: [\"place/xinjiang\"] }, first: 100) { edges { node { entities { id } } } } }");
        response.Errors.Should().BeEmpty();
        var expected = SeedFacts.Batch.Relations
            .Where(r => r.From == "org/hikvision" && !r.Status.IsNegated() && IsProjectInXinjiang(r.To))
            .Select(r => $"org/hikvision>{r.To}").Distinct().ToList();
        expected.Should().NotBeEmpty();
        Routes(response.Data.GetProperty("paths")).Should().Contain(expected);
    }

    [Fact]
    public async Task Every_hop_follows_relations_in_their_canonical_direction()
    {
        var paths = (await Api.PostAsync(Queries.Headline, new { first = 50 })).Data.GetProperty("paths");
        foreach (var hop in paths.GetProperty("edges").EnumerateArray().SelectMany(e => e.GetProperty("node").GetProperty("hops").EnumerateArray()))
        {
            foreach (var relation in hop.GetProperty("relations").EnumerateArray())
            {
                relation.GetProperty("from").GetProperty("id").GetString().Should().Be(hop.GetProperty("from").GetProperty("id").GetString());
                relation.GetProperty("to").GetProperty("id").GetString().Should().Be(hop.GetProperty("to").GetProperty("id").GetString());
            }
        }
    }

    [Fact]
    public async Task A_page_s_subgraph_is_the_union_of_its_paths()
    {
        var paths = (await Api.PostAsync(Queries.Headline, new { first = 3 })).Data.GetProperty("paths");
        var nodes = paths.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        var expectedEntities = nodes.SelectMany(n => Ids(n.GetProperty("entities"))).Distinct().Order(StringComparer.Ordinal);
        var expectedRelations = nodes.SelectMany(n => n.GetProperty("hops").EnumerateArray())
            .SelectMany(h => Ids(h.GetProperty("relations"))).Distinct().Order(StringComparer.Ordinal);
        var subgraph = paths.GetProperty("subgraph");
        Ids(subgraph.GetProperty("entities")).Should().Equal(expectedEntities);
        Ids(subgraph.GetProperty("relations")).Should().Equal(expectedRelations);
    }

    [Fact]
    public async Task Pages_follow_their_cursors_without_gaps_or_repeats()
    {
        var all = Routes((await Api.PostAsync(Queries.Headline, new { first = 50 })).Data.GetProperty("paths"));
        var paged = new List<string>();
        string? after = null;
        for (var page = 0; page < 50; page++)
        {
            var paths = (await Api.PostAsync(Queries.Headline, new { first = 2, after })).Data.GetProperty("paths");
            paged.AddRange(Routes(paths));
            var info = paths.GetProperty("pageInfo");
            if (!info.GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            after = info.GetProperty("endCursor").GetString();
        }

        all.Should().HaveCountGreaterThan(2);
        paged.Should().Equal(all);
    }

    [Fact]
    public async Task Shortest_paths_have_the_fewest_hops_of_all_paths()
    {
        var data = (await Api.PostAsync("""
            {
              shortestPaths(from: { ids: ["org/intel"] }, to: { kinds: [PROJECT], locatedIn: ["place/xinjiang"] }) { length entities { id } }
              paths(from: { ids: ["org/intel"] }, to: { kinds: [PROJECT], locatedIn: ["place/xinjiang"] }, first: 100) { edges { node { length } } }
            }
            """)).Data;
        var fewest = data.GetProperty("paths").GetProperty("edges").EnumerateArray().Min(e => e.GetProperty("node").GetProperty("length").GetInt32());
        var shortest = data.GetProperty("shortestPaths").EnumerateArray().ToList();
        shortest.Should().NotBeEmpty();
        shortest.Should().OnlyContain(p => p.GetProperty("length").GetInt32() == fewest);
    }

    [Fact]
    public async Task A_neighbourhood_of_depth_one_holds_the_entity_and_its_direct_neighbours()
    {
        var subgraph = (await Api.PostAsync("""
            { neighborhood(id: "org/hikvision", depth: 1, options: { direction: ANY }) { entities { id } relations { id } truncated } }
            """)).Data.GetProperty("neighborhood");
        var expected = SeedFacts.Batch.Relations
            .Where(r => !r.Status.IsNegated() && (r.From == "org/hikvision" || r.To == "org/hikvision"))
            .SelectMany(r => new[] { r.From, r.To }).Append("org/hikvision").Distinct().Order(StringComparer.Ordinal);
        Ids(subgraph.GetProperty("entities")).Should().Equal(expected);
    }

    [Fact]
    public async Task The_neighbourhood_of_an_unknown_entity_is_not_found()
    {
        var response = await Api.PostAsync("{ neighborhood(id: \"org/nope\") { truncated } }");
        response.FirstErrorCode.Should().Be("NOT_FOUND");
        response.Errors[0].GetProperty("message").GetString().Should().Contain("org/nope");
    }

    [Fact]
    public async Task A_name_that_matches_nothing_is_explained_in_the_messages()
    {
        var paths = (await Api.PostAsync(
            "{ paths(from: { names: [\"Nobody Incorporated\"] }, to: { ids: [\"org/netposa\"] }) { totalCount messages } }")).Data.GetProperty("paths");
        paths.GetProperty("totalCount").GetInt32().Should().Be(0);
        paths.GetProperty("messages").EnumerateArray().Should().ContainSingle().Which.GetString().Should().Contain("Nobody Incorporated");
    }

    [Fact]
    public async Task An_empty_filter_is_bad_user_input_naming_the_argument()
    {
        var response = await Api.PostAsync("{ paths(from: {}, to: { ids: [\"org/hikvision\"] }) { totalCount } }");
        response.FirstErrorCode.Should().Be("BAD_USER_INPUT");
        response.Errors[0].GetProperty("message").GetString().Should().Contain("\"from\"");
    }

    [Fact]
    public async Task Max_hops_over_the_cap_is_limit_exceeded()
    {
        var response = await Api.PostAsync(Queries.Headline, new { maxHops = 60 });
        response.FirstErrorCode.Should().Be("LIMIT_EXCEEDED");
        response.Errors[0].GetProperty("path")[0].GetString().Should().Be("paths");
    }

    [Fact]
    public async Task A_forged_cursor_is_bad_user_input()
    {
        var response = await Api.PostAsync(Queries.Headline, new { after = "bm90IGEgY3Vyc29y" });
        response.FirstErrorCode.Should().Be("BAD_USER_INPUT");
    }

    [Fact]
    public async Task An_invalid_partial_date_is_rejected_with_its_reason()
    {
        var response = await Api.PostAsync(
            "{ paths(from: { ids: [\"org/intel\"] }, to: { ids: [\"org/netposa\"] }, options: { asOf: \"2016-13\" }) { totalCount } }",
            accept: "application/graphql-response+json");
        response.Status.Should().Be(System.Net.HttpStatusCode.BadRequest);
        response.Errors[0].GetProperty("message").GetString().Should().Contain("2016-13");
    }

    [Fact]
    public async Task As_of_a_date_before_a_stake_began_the_route_through_it_disappears()
    {
        var investment = SeedFacts.Batch.Relations.First(r => r.From == "org/intel-capital" && r.To == "org/netposa" && r.ValidFrom is not null);
        var before = investment.ValidFrom!.Value.Year - 1;
        var query = $$"""{ paths(from: { ids: ["org/intel-capital"] }, to: { ids: ["org/netposa"] }, options: { maxHops: 1, asOf: "{{before}}" }) { totalCount } }""";
        var during = $$"""{ paths(from: { ids: ["org/intel-capital"] }, to: { ids: ["org/netposa"] }, options: { maxHops: 1, asOf: "{{investment.ValidFrom}}" }) { totalCount } }""";
        (await Api.PostAsync(query)).Data.GetProperty("paths").GetProperty("totalCount").GetInt32().Should().Be(0);
        (await Api.PostAsync(during)).Data.GetProperty("paths").GetProperty("totalCount").GetInt32().Should().Be(1);
    }

    /// <summary>A project LOCATED_IN a place that is, or nests within, Xinjiang — worked out from the seed files.</summary>
    private static bool IsProjectInXinjiang(string id)
    {
        var entities = SeedFacts.Batch.Entities.ToDictionary(e => e.Id);
        bool Within(string? place) => place is not null && (place == "place/xinjiang" || Within(entities[place].LocatedIn));
        return entities[id].Kind == EntityKind.Project
            && SeedFacts.Batch.Relations.Any(r => r.From == id && r.Type == RelationType.LocatedIn && Within(r.To));
    }

    private static List<string> Ids(JsonElement list) => [.. list.EnumerateArray().Select(e => e.GetProperty("id").GetString()!)];

    private static List<string> Routes(JsonElement paths) =>
        [.. paths.GetProperty("edges").EnumerateArray().Select(e => string.Join(">", Ids(e.GetProperty("node").GetProperty("entities"))))];
}
