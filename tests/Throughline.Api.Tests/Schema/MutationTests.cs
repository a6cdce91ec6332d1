using System.Net;
using Throughline.Api.Tests.Support;

namespace Throughline.Api.Tests.Schema;

/// <summary>Each test gets its own server and database, since mutations change them.</summary>
public sealed class MutationTests : IAsyncLifetime
{
    private const string RoutesToTacheng = """
        { paths(from: { ids: ["org/intel"] }, to: { ids: ["project/tacheng-safe-city"] }, options: { maxHops: 2 }) { edges { node { entities { id } } } } }
        """;

    private ApiServer _api = null!;

    public async Task InitializeAsync() => _api = await ApiServer.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Adding_a_relation_makes_a_new_route_appear_in_the_next_query()
    {
        var (article, quote) = Quote();
        var before = await RoutesAsync(RoutesToTacheng);
        before.Should().NotContain("org/intel>project/tacheng-safe-city");

        var added = await MutateAsync("""
            mutation($article: ID!, $quote: String!) {
              addRelation(input: {
                id: "intel-contractor-for-tacheng-test", type: CONTRACTOR_FOR, from: "org/intel", to: "project/tacheng-safe-city",
                evidence: [{ article: $article, quote: $quote }]
              }) { id status confidence evidence { start end } }
            }
            """, new { article, quote });
        added.Errors.Should().BeEmpty();
        added.Data.GetProperty("addRelation").GetProperty("confidence").GetDouble().Should().Be(0.8, "REPORTED's default confidence");

        (await RoutesAsync(RoutesToTacheng)).Should().Contain("org/intel>project/tacheng-safe-city");
    }

    [Fact]
    public async Task A_relation_with_problems_is_rejected_listing_every_problem_and_nothing_is_written()
    {
        var response = await MutateAsync("""
            mutation($article: ID!) {
              addRelation(input: {
                id: "Bad Id", type: OWNS, from: "org/intel", to: "place/xinjiang", confidence: 1.5,
                evidence: [{ article: $article, quote: "words that the article never contains" }, { quote: "no article" }]
              }) { id }
            }
            """, new { article = Quote().ArticleId });
        response.FirstErrorCode.Should().Be("BAD_USER_INPUT");
        var problems = response.Errors[0].GetProperty("extensions").GetProperty("problems").EnumerateArray().Select(p => p.GetString()!).ToList();
        problems.Should().HaveCount(5);
        problems.Should().Contain(p => p.StartsWith("input.id:", StringComparison.Ordinal));
        problems.Should().Contain(p => p.StartsWith("input.type:", StringComparison.Ordinal) && p.Contains("PLACE"));
        problems.Should().Contain(p => p.StartsWith("input.confidence:", StringComparison.Ordinal));
        problems.Should().Contain(p => p.StartsWith("input.evidence[0].quote: not found verbatim", StringComparison.Ordinal));
        problems.Should().Contain(p => p.StartsWith("input.evidence[1].article: is required", StringComparison.Ordinal));
        (await _api.PostAsync("{ relation(id: \"Bad Id\") { id } }")).Data.GetProperty("relation").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task Importing_an_article_stores_it_with_its_entities_and_claims()
    {
        var response = await MutateAsync("""
            mutation {
              importArticle(input: {
                article: { id: "test-article", title: "Acme supplies Hikvision", outlet: "Test Times", published: "2020-02",
                           text: "Acme Corp said on Monday that it supplies   image sensors to Hikvision." }
                entities: [{ id: "org/acme", name: "Acme Corp", kind: ORGANIZATION, country: "US" }]
                relations: [{ id: "acme-supplies-hikvision", type: SUPPLIES, from: "org/acme", to: "org/hikvision", product: "image sensors",
                              evidence: [{ quote: "it supplies image sensors to Hikvision" }] }]
              }) { inserted updated unchanged article { id published } relations { evidence { start end article { id } } } }
            }
            """);
        response.Errors.Should().BeEmpty();
        var result = response.Data.GetProperty("importArticle");
        result.GetProperty("inserted").GetInt32().Should().Be(3);
        result.GetProperty("article").GetProperty("published").GetString().Should().Be("2020-02");
        var evidence = result.GetProperty("relations")[0].GetProperty("evidence")[0];
        evidence.GetProperty("article").GetProperty("id").GetString().Should().Be("test-article");
        const string text = "Acme Corp said on Monday that it supplies   image sensors to Hikvision.";
        text[evidence.GetProperty("start").GetInt32()..evidence.GetProperty("end").GetInt32()].Should().Be("it supplies   image sensors to Hikvision");

        var routes = await RoutesAsync("""{ paths(from: { ids: ["org/acme"] }, to: { kinds: [PROJECT], locatedIn: ["place/xinjiang"] }) { edges { node { entities { id } } } } }""");
        routes.Should().Contain(r => r.StartsWith("org/acme>org/hikvision>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_import_with_a_missing_quote_writes_nothing()
    {
        var response = await MutateAsync("""
            mutation {
              importArticle(input: {
                article: { id: "test-article-2", title: "T", text: "Some text." }
                entities: [{ id: "org/acme-two", name: "Acme Two", kind: ORGANIZATION }]
                relations: [{ id: "acme-two-supplies-hikvision", type: SUPPLIES, from: "org/acme-two", to: "org/hikvision",
                              evidence: [{ quote: "a sentence that is not there" }] }]
              }) { inserted }
            }
            """);
        response.FirstErrorCode.Should().Be("BAD_USER_INPUT");
        var check = (await _api.PostAsync("{ article(id: \"test-article-2\") { id } entity(id: \"org/acme-two\") { id } }")).Data;
        check.GetProperty("article").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        check.GetProperty("entity").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task Upserting_an_entity_checks_that_its_id_prefix_matches_its_kind()
    {
        var response = await MutateAsync("mutation { upsertEntity(input: {id: \"org/somewhere\", name: \"Somewhere\", kind: PLACE}) { id } }");
        response.FirstErrorCode.Should().Be("BAD_USER_INPUT");
        response.Errors[0].GetProperty("message").GetString().Should().Contain("input.id").And.Contain("place/");
    }

    [Fact]
    public async Task Denying_a_relation_removes_its_routes_and_keeps_the_denial_as_evidence()
    {
        var hop = "org/intel>org/hikvision>project/hikvision-xinjiang-contracts";
        var query = """{ paths(from: { ids: ["org/intel"] }, to: { ids: ["project/hikvision-xinjiang-contracts"] }) { edges { node { entities { id } } } } }""";
        (await RoutesAsync(query)).Should().Contain(hop);
        var relationId = (await _api.PostAsync("{ entity(id: \"org/intel\") { relations(direction: OUTGOING, types: [SUPPLIES]) { id to { id } } } }"))
            .Data.GetProperty("entity").GetProperty("relations").EnumerateArray()
            .First(r => r.GetProperty("to").GetProperty("id").GetString() == "org/hikvision").GetProperty("id").GetString();
        var (article, quote) = Quote();

        var response = await MutateAsync(
            "mutation($id: ID!, $article: ID!, $quote: String!) { setRelationStatus(id: $id, status: DENIED, evidence: { article: $article, quote: $quote }) { status confidence evidence { quote } } }",
            new { id = relationId, article, quote });
        response.Errors.Should().BeEmpty();
        var updated = response.Data.GetProperty("setRelationStatus");
        updated.GetProperty("status").GetString().Should().Be("DENIED");
        updated.GetProperty("confidence").GetDouble().Should().Be(0.2);
        updated.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("quote").GetString()).Should().Contain(quote);
        (await RoutesAsync(query)).Should().NotContain(hop);
    }

    [Fact]
    public async Task Changing_the_status_of_an_unknown_relation_is_not_found()
    {
        var response = await MutateAsync("mutation { setRelationStatus(id: \"no-such-relation\", status: CONFIRMED) { id } }");
        response.Status.Should().Be(HttpStatusCode.OK);
        response.FirstErrorCode.Should().Be("NOT_FOUND");
    }

    private Task<ApiResponse> MutateAsync(string query, object? variables = null) => _api.PostAsync(query, variables, apiKey: ApiServer.ApiKey);

    private async Task<List<string>> RoutesAsync(string query)
    {
        var response = await _api.PostAsync(query);
        response.Errors.Should().BeEmpty();
        return [.. response.Data.GetProperty("paths").GetProperty("edges").EnumerateArray()
            .Select(e => string.Join(">", e.GetProperty("node").GetProperty("entities").EnumerateArray().Select(x => x.GetProperty("id").GetString())))];
    }

    /// <summary>A sentence of an article with text, as stored in the seed files.</summary>
    private static (string ArticleId, string Quote) Quote()
    {
        var article = SeedFacts.Batch.Articles.Where(a => a.Text is not null).OrderBy(a => a.Id, StringComparer.Ordinal).First();
        return (article.Id, article.Text!.Split('.', StringSplitOptions.TrimEntries).First(s => s.Length > 40 && !s.Contains('\n')));
    }
}
