using Throughline.Api.Tests.Support;

namespace Throughline.Api.Tests.Drafts;

/// <summary>
/// draftClaims → drafts → acceptDraft over real HTTP against a real store (SQLite file, or Neo4j with
/// THROUGHLINE_TEST_STORE=neo4j): a draft stays out of the graph until a reviewer accepts it, and then its route appears.
/// </summary>
public sealed class DraftReviewTests : IAsyncLifetime
{
    private ApiServer _api = null!;

    public async Task InitializeAsync() => _api = await ApiServer.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task A_drafted_article_is_stored_with_quotes_from_its_text_and_candidates_with_scores()
    {
        var draft = await DraftApi.DraftAsync(_api);

        draft.Id().Should().Be("kestrel-2020-05");
        draft.GetProperty("revision").GetInt32().Should().Be(1);
        var text = draft.GetProperty("article").GetProperty("text").GetString()!;
        draft.GetProperty("article").GetProperty("published").GetString().Should().Be("2020-05-14");
        var relations = draft.GetProperty("relations").EnumerateArray().ToList();
        relations.Should().NotBeEmpty();
        foreach (var quote in relations.SelectMany(r => r.GetProperty("evidence").EnumerateArray()))
        {
            var (start, end) = (quote.GetProperty("start").GetInt32(), quote.GetProperty("end").GetInt32());
            text[start..end].Should().Be(quote.GetProperty("quote").GetString());
        }

        relations.Should().OnlyContain(r => r.GetProperty("state").GetString() == "PENDING" && r.GetProperty("signal").GetString()!.Length > 0);
        draft.GetProperty("entities").EnumerateArray().Should().Contain(e => e.GetProperty("name").GetString()!.StartsWith("Kestrel Optics", StringComparison.Ordinal));
        draft.GetProperty("pending").GetInt32().Should().Be(relations.Count + draft.GetProperty("entities").GetArrayLength());

        var listed = await _api.PostAsync($$"""{ drafts { {{DraftApi.DraftFields}} } draft(id: "kestrel-2020-05") { id } missing: draft(id: "nope") { id } }""", apiKey: ApiServer.ApiKey);
        listed.Errors.Should().BeEmpty(listed.Text);
        listed.Data.GetProperty("drafts").EnumerateArray().Select(d => d.Id()).Should().Equal("kestrel-2020-05");
        listed.Data.GetProperty("draft").Id().Should().Be("kestrel-2020-05");
        listed.Data.GetProperty("missing").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task A_draft_is_not_in_paths_stats_searches_or_exports_until_accepted()
    {
        const string Stats = "{ stats { entities relations articles evidence } }";
        var statsBefore = (await _api.PostAsync(Stats)).Data.GetRawText();
        var exportBefore = await _api.SendAsync(HttpMethod.Get, "/export/graph?format=cytoscape");
        var routesBefore = await DraftApi.RoutesAsync(_api);

        var draft = await DraftApi.DraftAsync(_api);

        (await _api.PostAsync(Stats)).Data.GetRawText().Should().Be(statsBefore);
        var exportAfter = await _api.SendAsync(HttpMethod.Get, "/export/graph?format=cytoscape");
        exportAfter.Status.Should().Be(exportBefore.Status);
        exportAfter.Text.Should().Be(exportBefore.Text).And.NotContain("Kestrel");
        (await DraftApi.RoutesAsync(_api)).Should().Equal(routesBefore);
        var search = await _api.PostAsync("""{ entities(search: "Kestrel") { totalCount } article(id: "kestrel-2020-05") { id } }""");
        search.Data.GetProperty("entities").GetProperty("totalCount").GetInt32().Should().Be(0);
        search.Data.GetProperty("article").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        draft.GetProperty("entities").GetArrayLength().Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task Accepting_the_drafted_relations_makes_a_new_route_appear_in_path_queries()
    {
        var draft = await DraftApi.DraftAsync(_api);
        (await DraftApi.RoutesAsync(_api)).Should().NotContain(r => r.Contains("kestrel", StringComparison.Ordinal));
        var sold = DraftApi.Relation(draft, "org/intel", "kestrel");
        var cameras = DraftApi.Relation(draft, "kestrel", "karamay");
        if (cameras.GetProperty("type").GetString() != "SUPPLIES")
        {
            var edited = await DraftApi.MutateAsync(_api, "mutation($p: ID!) { editDraft(id: \"kestrel-2020-05\", proposal: $p, edit: { type: SUPPLIES }) { id } }", new { p = cameras.Id() });
            edited.Errors.Should().BeEmpty(edited.Text);
        }

        var first = await DraftApi.ReviewAsync(_api, "acceptDraft", "kestrel-2020-05", sold.Id());
        first.Errors.Should().BeEmpty(first.Text);
        var second = await DraftApi.ReviewAsync(_api, "acceptDraft", "kestrel-2020-05", cameras.Id());
        second.Errors.Should().BeEmpty(second.Text);

        var after = second.Data.GetProperty("acceptDraft");
        after.GetProperty("relations").EnumerateArray().Where(r => r.Id() == sold.Id() || r.Id() == cameras.Id())
            .Should().OnlyContain(r => r.GetProperty("state").GetString() == "ACCEPTED");
        after.GetProperty("entities").EnumerateArray().Where(e => e.Id() == cameras.GetProperty("from").GetString() || e.Id() == cameras.GetProperty("to").GetString())
            .Should().OnlyContain(e => e.GetProperty("state").GetString() == "ACCEPTED", "an accepted relation accepts the proposed entities it joins");
        var kestrel = cameras.GetProperty("from").GetString();
        (await DraftApi.RoutesAsync(_api)).Should().Contain($"org/intel>{kestrel}>{cameras.GetProperty("to").GetString()}");

        var stored = await _api.PostAsync($$"""{ relation(id: "{{sold.Id()}}") { evidence { quote article { id } } } }""");
        stored.Data.GetProperty("relation").GetProperty("evidence")[0].GetProperty("article").Id().Should().Be("kestrel-2020-05");
    }

    [Fact]
    public async Task Choosing_a_candidate_makes_the_relation_use_the_existing_entity()
    {
        var draft = await DraftApi.DraftAsync(_api);
        var sold = DraftApi.Relation(draft, "org/intel", "kestrel");
        var kestrel = sold.GetProperty("to").GetString()!;

        var chosen = await DraftApi.MutateAsync(_api,
            "mutation($p: ID!) { editDraft(id: \"kestrel-2020-05\", proposal: $p, edit: { sameAs: \"org/hikvision\" }) { entities { id sameAs state } } }", new { p = kestrel });
        chosen.Errors.Should().BeEmpty(chosen.Text);
        chosen.Data.GetProperty("editDraft").GetProperty("entities").EnumerateArray().Single(e => e.Id() == kestrel)
            .GetProperty("sameAs").GetString().Should().Be("org/hikvision");

        var accepted = await DraftApi.ReviewAsync(_api, "acceptDraft", "kestrel-2020-05", sold.Id());
        accepted.Errors.Should().BeEmpty(accepted.Text);
        var relation = await _api.PostAsync($$"""{ relation(id: "{{sold.Id()}}") { to { id } } entity(id: "{{kestrel}}") { id } }""");
        relation.Data.GetProperty("relation").GetProperty("to").Id().Should().Be("org/hikvision");
        relation.Data.GetProperty("entity").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null, "no new entity is written for a chosen candidate");
    }
}
