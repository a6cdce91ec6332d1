using Throughline.Api.Tests.Support;

namespace Throughline.Api.Tests.Drafts;

/// <summary>Every refusal of the draft API: its code, the argument it names, no stack trace, and nothing written.</summary>
public sealed class DraftErrorTests : IAsyncLifetime
{
    private ApiServer _api = null!;

    public async Task InitializeAsync() => _api = await ApiServer.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Draft_mutations_and_reading_drafts_need_the_api_key()
    {
        var response = await _api.PostAsync("mutation { draftClaims(input: { text: \"Intel sells chips to Hikvision.\", title: \"T\" }) { id } }");
        response.FirstErrorCode.Should().Be("UNAUTHENTICATED");
        var review = await _api.PostAsync("mutation { acceptDraft(id: \"x\", proposal: \"y\") { id } }", apiKey: "wrong-key");
        review.FirstErrorCode.Should().Be("UNAUTHENTICATED");
        // Drafts hold unreviewed claims from articles that may not be published yet: an alias or a fragment does not hide them.
        foreach (var read in new[] { "{ drafts { id } }", "{ d: draft(id: \"x\") { id } }", "query { ...F } fragment F on Query { drafts { id } }" })
        {
            var refused = await _api.PostAsync(read);
            refused.FirstErrorCode.Should().Be("UNAUTHENTICATED", read);
            refused.Message().Should().Contain("Reading drafts");
            refused.HasData.Should().BeFalse(read);
        }

        (await _api.PostAsync("{ drafts { id } }", apiKey: ApiServer.ApiKey)).Data.GetProperty("drafts").GetArrayLength().Should().Be(0);
    }

    [Theory]
    [InlineData("{ text: \"not a feed\", format: JSON_FEED, title: \"T\" }", "input.text")]
    [InlineData("{ text: \"   \", format: TEXT, title: \"T\" }", "input.text")]
    [InlineData("{ text: \"Intel sells chips to Hikvision.\", format: TEXT }", "input.title")]
    [InlineData("{ text: \"Intel sells chips to Hikvision.\", format: TEXT, title: \"T\", articleId: \"Not A Slug\" }", "input.articleId")]
    public async Task Bad_draft_input_is_refused_naming_the_argument(string input, string argument)
    {
        var response = await DraftApi.MutateAsync(_api, $"mutation {{ draftClaims(input: {input}) {{ id }} }}");

        response.FirstErrorCode.Should().Be("BAD_USER_INPUT");
        response.Message().Should().Contain($"\"{argument}\"").And.NotContain(" at Throughline.");
        (await _api.PostAsync("{ drafts { id } }", apiKey: ApiServer.ApiKey)).Data.GetProperty("drafts").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Drafting_the_same_article_twice_is_refused()
    {
        await DraftApi.DraftAsync(_api);
        var again = await DraftApi.MutateAsync(_api, "mutation($t: String!) { draftClaims(input: { text: $t, articleId: \"kestrel-2020-05\" }) { id } }", new { t = DraftApi.Article });

        again.FirstErrorCode.Should().Be("BAD_USER_INPUT");
        again.Message().Should().Contain("input.articleId").And.Contain("already stored");
    }

    [Fact]
    public async Task Unknown_drafts_and_proposals_are_not_found()
    {
        var draft = await DraftApi.DraftAsync(_api);

        var noDraft = await DraftApi.ReviewAsync(_api, "rejectDraft", "no-such-draft", "x");
        noDraft.FirstErrorCode.Should().Be("NOT_FOUND");
        noDraft.Message().Should().Contain("\"id\"");
        var noProposal = await DraftApi.ReviewAsync(_api, "acceptDraft", draft.Id(), "no-such-proposal");
        noProposal.FirstErrorCode.Should().Be("NOT_FOUND");
        noProposal.Message().Should().Contain("\"proposal\"");
    }

    [Fact]
    public async Task Accepting_an_accepted_or_rejected_proposal_is_a_clear_error()
    {
        var draft = await DraftApi.DraftAsync(_api);
        var sold = DraftApi.Relation(draft, "org/intel", "kestrel").Id();
        var cameras = DraftApi.Relation(draft, "kestrel", "karamay").Id();
        (await DraftApi.ReviewAsync(_api, "acceptDraft", draft.Id(), sold)).Errors.Should().BeEmpty();
        (await DraftApi.ReviewAsync(_api, "rejectDraft", draft.Id(), cameras)).Errors.Should().BeEmpty();

        var twice = await DraftApi.ReviewAsync(_api, "acceptDraft", draft.Id(), sold);
        twice.FirstErrorCode.Should().Be("BAD_USER_INPUT");
        twice.Message().Should().Contain("already accepted").And.Contain("\"proposal\"");
        var rejected = await DraftApi.ReviewAsync(_api, "acceptDraft", draft.Id(), cameras);
        rejected.FirstErrorCode.Should().Be("BAD_USER_INPUT");
        rejected.Message().Should().Contain("already rejected");
        (await _api.PostAsync($$"""{ relation(id: "{{cameras}}") { id } }""")).Data.GetProperty("relation").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task An_accept_that_fails_validation_writes_nothing_and_leaves_the_proposal_pending()
    {
        var draft = await DraftApi.DraftAsync(_api);
        var sold = DraftApi.Relation(draft, "org/intel", "kestrel").Id();
        // LOCATED_IN needs a place at its target: the kind rule of `throughline import` refuses it.
        var edited = await DraftApi.MutateAsync(_api, "mutation($p: ID!) { editDraft(id: \"kestrel-2020-05\", proposal: $p, edit: { type: LOCATED_IN }) { id } }", new { p = sold });
        edited.Errors.Should().BeEmpty(edited.Text);

        var accept = await DraftApi.ReviewAsync(_api, "acceptDraft", draft.Id(), sold);

        accept.FirstErrorCode.Should().Be("BAD_USER_INPUT");
        accept.Errors[0].GetProperty("extensions").GetProperty("problems")[0].GetString().Should().StartWith($"proposal '{sold}'.type");
        var after = await _api.PostAsync($$"""{ draft(id: "kestrel-2020-05") { relations { id state } entities { state } } relation(id: "{{sold}}") { id } }""", apiKey: ApiServer.ApiKey);
        after.Data.GetProperty("draft").GetProperty("relations").EnumerateArray().Single(r => r.Id() == sold).GetProperty("state").GetString().Should().Be("PENDING");
        after.Data.GetProperty("draft").GetProperty("entities").EnumerateArray().Should().OnlyContain(e => e.GetProperty("state").GetString() == "PENDING");
        after.Data.GetProperty("relation").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task Edits_that_do_not_fit_the_proposal_name_their_field()
    {
        var draft = await DraftApi.DraftAsync(_api);
        var relation = DraftApi.Relation(draft, "org/intel", "kestrel");
        var entity = relation.GetProperty("to").GetString()!;

        var empty = await DraftApi.MutateAsync(_api, "mutation($p: ID!) { editDraft(id: \"kestrel-2020-05\", proposal: $p, edit: {}) { id } }", new { p = relation.Id() });
        empty.Message().Should().Contain("\"edit\"");
        var wrongField = await DraftApi.MutateAsync(_api, "mutation($p: ID!) { editDraft(id: \"kestrel-2020-05\", proposal: $p, edit: { sameAs: \"org/intel\" }) { id } }", new { p = relation.Id() });
        wrongField.Message().Should().Contain("\"edit.sameAs\"");
        var unknownEnd = await DraftApi.MutateAsync(_api, "mutation($p: ID!) { editDraft(id: \"kestrel-2020-05\", proposal: $p, edit: { to: \"org/nobody\" }) { id } }", new { p = relation.Id() });
        unknownEnd.Message().Should().Contain("\"edit.to\"").And.Contain("org/nobody");
        var unknownCandidate = await DraftApi.MutateAsync(_api, "mutation($p: ID!) { editDraft(id: \"kestrel-2020-05\", proposal: $p, edit: { sameAs: \"org/nobody\" }) { id } }", new { p = entity });
        unknownCandidate.Message().Should().Contain("\"edit.sameAs\"");
        new[] { empty, wrongField, unknownEnd, unknownCandidate }.Should().OnlyContain(r => r.FirstErrorCode == "BAD_USER_INPUT");
        (await _api.PostAsync("{ draft(id: \"kestrel-2020-05\") { revision } }", apiKey: ApiServer.ApiKey)).Data.GetProperty("draft").GetProperty("revision").GetInt32().Should().Be(1);
    }
}
