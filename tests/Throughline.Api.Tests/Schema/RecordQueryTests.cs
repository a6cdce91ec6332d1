using System.Text.Json;
using Throughline.Api.Tests.Support;
using Throughline.Core.Model;

namespace Throughline.Api.Tests.Schema;

[Collection(SharedServerCollection.Name)]
public sealed class RecordQueryTests(SharedServer shared)
{
    private ApiServer Api => shared.Server;

    [Fact]
    public async Task An_entity_is_answered_with_its_fields_and_relations()
    {
        var seed = SeedFacts.Batch.Entities.Single(e => e.Id == "org/hikvision");
        var entity = (await Api.PostAsync("""
            { entity(id: "org/hikvision") { id name kind aliases country description relations(direction: OUTGOING) { id from { id } } } }
            """)).Data.GetProperty("entity");
        entity.GetProperty("name").GetString().Should().Be(seed.Name);
        entity.GetProperty("kind").GetString().Should().Be("ORGANIZATION");
        entity.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).Should().Equal(seed.Aliases);
        entity.GetProperty("country").GetString().Should().Be(seed.Country);
        var expected = SeedFacts.Batch.Relations.Where(r => r.From == seed.Id).Select(r => r.Id).Order(StringComparer.Ordinal);
        entity.GetProperty("relations").EnumerateArray().Select(r => r.GetProperty("id").GetString()).Should().Equal(expected);
    }

    [Fact]
    public async Task An_unknown_entity_id_answers_null()
    {
        var response = await Api.PostAsync("{ entity(id: \"org/does-not-exist\") { name } }");
        response.Errors.Should().BeEmpty();
        response.Data.GetProperty("entity").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task A_place_knows_the_place_that_contains_it()
    {
        var seed = SeedFacts.Batch.Entities.First(e => e.Kind == EntityKind.Place && e.LocatedIn is not null);
        var entity = (await Api.PostAsync("query($id: ID!) { entity(id: $id) { locatedIn { id } } }", new { id = seed.Id })).Data.GetProperty("entity");
        entity.GetProperty("locatedIn").GetProperty("id").GetString().Should().Be(seed.LocatedIn);
    }

    [Fact]
    public async Task Entity_search_finds_an_entity_by_alias()
    {
        var seed = SeedFacts.Batch.Entities.First(e => e.Aliases.Count > 0);
        var found = (await Api.PostAsync("query($s: String) { entities(search: $s) { edges { node { id } } } }", new { s = seed.Aliases[0] }))
            .Data.GetProperty("entities").GetProperty("edges");
        found.EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()).Should().Contain(seed.Id);
    }

    [Fact]
    public async Task Entity_pages_cover_every_entity_of_a_kind_once()
    {
        var expected = SeedFacts.Batch.Entities.Where(e => e.Kind == EntityKind.Organization).Select(e => e.Id).Order(StringComparer.Ordinal);
        var seen = new List<string>();
        string? after = null;
        int total;
        do
        {
            var page = (await Api.PostAsync(
                "query($after: String) { entities(kinds: [ORGANIZATION], first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }",
                new { after })).Data.GetProperty("entities");
            total = page.GetProperty("totalCount").GetInt32();
            seen.AddRange(page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        total.Should().Be(expected.Count());
        seen.Order(StringComparer.Ordinal).Should().Equal(expected);
    }

    [Fact]
    public async Task A_relation_counts_its_independent_sources_by_origin()
    {
        var articles = SeedFacts.Batch.Articles.ToDictionary(a => a.Id);
        var seed = SeedFacts.Batch.Relations.OrderByDescending(r => r.Evidence.Count).First();
        var relation = (await Api.PostAsync(
            "query($id: ID!) { relation(id: $id) { type status confidence independentSources evidence { quote article { id } } } }",
            new { id = seed.Id })).Data.GetProperty("relation");
        relation.GetProperty("independentSources").GetInt32().Should().Be(Provenance.IndependentSources(seed, articles));
        relation.GetProperty("type").GetString().Should().Be(seed.Type.WireName());
        relation.GetProperty("evidence").GetArrayLength().Should().Be(seed.Evidence.Count);
        relation.GetProperty("confidence").GetDouble().Should().Be(seed.Confidence);
    }

    [Fact]
    public async Task An_article_has_its_text_provenance_and_the_relations_quoting_it()
    {
        var seed = SeedFacts.Batch.Articles.First(a => a.Republishes is not null || a.Cites.Count > 0);
        var article = (await Api.PostAsync(
            "query($id: ID!) { article(id: $id) { title text republishes { id } cites { id } relations { id } } }", new { id = seed.Id }))
            .Data.GetProperty("article");
        article.GetProperty("title").GetString().Should().Be(seed.Title);
        article.GetProperty("text").GetString().Should().Be(seed.Text);
        article.GetProperty("cites").EnumerateArray().Select(c => c.GetProperty("id").GetString()).Should().Equal(seed.Cites);
        var quoting = SeedFacts.Batch.Relations.Where(r => r.Evidence.Any(e => e.ArticleId == seed.Id)).Select(r => r.Id).Order(StringComparer.Ordinal);
        article.GetProperty("relations").EnumerateArray().Select(r => r.GetProperty("id").GetString()).Should().Equal(quoting);
    }

    [Fact]
    public async Task Articles_are_listed_by_id_across_pages()
    {
        var first = (await Api.PostAsync("{ articles(first: 3) { totalCount pageInfo { endCursor } edges { node { id } } } }")).Data.GetProperty("articles");
        var rest = (await Api.PostAsync(
            "query($after: String) { articles(first: 100, after: $after) { edges { node { id } } } }",
            new { after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() })).Data.GetProperty("articles");
        var ids = first.GetProperty("edges").EnumerateArray().Concat(rest.GetProperty("edges").EnumerateArray())
            .Select(e => e.GetProperty("node").GetProperty("id").GetString());
        ids.Should().Equal(SeedFacts.Batch.Articles.Select(a => a.Id).Order(StringComparer.Ordinal));
        first.GetProperty("totalCount").GetInt32().Should().Be(SeedFacts.Batch.Articles.Count);
    }

    [Fact]
    public async Task Stats_count_what_the_seed_files_hold()
    {
        var stats = (await Api.PostAsync("{ stats { entities relations articles evidence entitiesByKind { kind count } } }")).Data.GetProperty("stats");
        stats.GetProperty("entities").GetInt32().Should().Be(SeedFacts.Batch.Entities.Count);
        stats.GetProperty("relations").GetInt32().Should().Be(SeedFacts.Batch.Relations.Count);
        stats.GetProperty("evidence").GetInt32().Should().Be(SeedFacts.Batch.EvidenceCount);
        stats.GetProperty("entitiesByKind").EnumerateArray().Sum(k => k.GetProperty("count").GetInt32()).Should().Be(SeedFacts.Batch.Entities.Count);
    }

    [Fact]
    public async Task Stats_give_the_countries_entities_are_in_and_the_years_the_graph_spans()
    {
        var stats = (await Api.PostAsync("{ stats { entitiesByCountry { country count } years { first last } } }")).Data.GetProperty("stats");
        var expected = SeedFacts.Batch.Entities.Where(e => e.Country is not null).GroupBy(e => e.Country!)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}={g.Count()}");
        stats.GetProperty("entitiesByCountry").EnumerateArray().Select(c => $"{c.GetProperty("country").GetString()}={c.GetProperty("count").GetInt32()}")
            .Should().Equal(expected);
        var years = SeedFacts.Batch.Articles.Select(a => a.Published).Concat(SeedFacts.Batch.Relations.SelectMany(r => new[] { r.ValidFrom, r.ValidTo }))
            .OfType<PartialDate>().Select(d => d.Year).ToList();
        stats.GetProperty("years").GetProperty("first").GetInt32().Should().Be(years.Min());
        stats.GetProperty("years").GetProperty("last").GetInt32().Should().Be(years.Max());
    }

    [Fact]
    public async Task A_negative_page_size_is_bad_user_input_and_a_huge_one_a_limit()
    {
        (await Api.PostAsync("{ entities(first: -1) { totalCount } }")).FirstErrorCode.Should().Be("BAD_USER_INPUT");
        (await Api.PostAsync("{ entities(first: 100000) { totalCount } }")).FirstErrorCode.Should().Be("LIMIT_EXCEEDED");
    }
}
