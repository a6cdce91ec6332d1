using System.Text.Json;
using Throughline.Api.Tests.Support;

namespace Throughline.Api.Tests.Schema;

/// <summary>Stance, speaker, attribution, origin, observation date and the relation qualifiers, written by a mutation and read back.</summary>
public sealed class EvidenceModelTests : IAsyncLifetime
{
    private ApiServer _api = null!;

    public async Task InitializeAsync() => _api = await ApiServer.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private const string Import = """
        mutation {
          importArticle(input: {
            article: { id: "stance-article", title: "Acme and Hikvision", published: "2020-02",
                       text: "Acme sold about 1,700 drives a year to Hikvision. Acme said it sells only through distributors. Hikvision declined to comment." }
            entities: [{ id: "org/acme", name: "Acme Corp", kind: ORGANIZATION }, { id: "org/acme-unit", name: "an Acme unit", kind: ORGANIZATION, unnamed: true }]
            relations: [{ id: "acme-supplies-hikvision-stance", type: SUPPLIES, from: "org/acme", to: "org/hikvision", channel: INDIRECT, role: "vendor",
                          amount: { value: 1800, currency: "CNY", qualifier: AT_LEAST, period: "year", alternative: { value: 256, currency: "USD" } },
                          quantity: { value: 1700, unit: "drives", qualifier: ABOUT },
                          evidence: [
                            { quote: "Acme sold about 1,700 drives a year to Hikvision.", attributedTo: "procurement documents", observedAt: "2019-11" },
                            { quote: "Acme said it sells only through distributors.", stance: CONFIRMS, speaker: "org/acme" },
                            { quote: "Hikvision declined to comment.", stance: NO_COMMENT, speaker: "Hikvision spokeswoman" }
                          ] }]
          }) { inserted }
        }
        """;

    [Fact]
    public async Task Evidence_answers_stance_speaker_attribution_origin_and_observation_date()
    {
        (await _api.PostAsync(Import, null, apiKey: ApiServer.ApiKey)).Errors.Should().BeEmpty();

        var relation = (await _api.PostAsync("""
            { relation(id: "acme-supplies-hikvision-stance") {
                role channel independentSources
                amount { value currency qualifier period alternative { value currency } }
                quantity { value unit qualifier }
                evidence { stance attributedTo observedAt origin { id }
                           speaker { __typename ... on Entity { id } ... on SpeakerLabel { label } } }
                statements { stance }
                from { unnamed } } }
            """)).Data.GetProperty("relation");

        relation.GetProperty("role").GetString().Should().Be("vendor");
        relation.GetProperty("channel").GetString().Should().Be("INDIRECT");
        relation.GetProperty("independentSources").GetInt32().Should().Be(1, "the article and the party's statement in it are one origin");
        relation.GetProperty("amount").GetProperty("qualifier").GetString().Should().Be("AT_LEAST");
        relation.GetProperty("amount").GetProperty("period").GetString().Should().Be("year");
        relation.GetProperty("amount").GetProperty("alternative").GetProperty("value").GetDouble().Should().Be(256);
        relation.GetProperty("quantity").GetProperty("qualifier").GetString().Should().Be("ABOUT");
        var evidence = relation.GetProperty("evidence").EnumerateArray().ToList();
        evidence.Select(e => e.GetProperty("stance").GetString()).Should().Equal("ASSERTS", "CONFIRMS", "NO_COMMENT");
        evidence[0].GetProperty("attributedTo").GetString().Should().Be("procurement documents");
        evidence[0].GetProperty("observedAt").GetString().Should().Be("2019-11");
        evidence[0].GetProperty("speaker").ValueKind.Should().Be(JsonValueKind.Null, "the article's own voice");
        evidence[0].GetProperty("origin").GetProperty("id").GetString().Should().Be("stance-article");
        evidence[1].GetProperty("speaker").GetProperty("__typename").GetString().Should().Be("Entity");
        evidence[1].GetProperty("speaker").GetProperty("id").GetString().Should().Be("org/acme");
        evidence[2].GetProperty("speaker").GetProperty("label").GetString().Should().Be("Hikvision spokeswoman");
        relation.GetProperty("statements").EnumerateArray().Select(e => e.GetProperty("stance").GetString()).Should().Equal("CONFIRMS", "NO_COMMENT");
        relation.GetProperty("from").GetProperty("unnamed").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public async Task A_speaker_id_that_names_no_entity_and_a_channel_on_the_wrong_type_are_rejected()
    {
        var response = await _api.PostAsync(apiKey: ApiServer.ApiKey, query: """
            mutation {
              importArticle(input: {
                article: { id: "bad-stance-article", title: "T", text: "Acme owns Hikvision." }
                entities: [{ id: "org/acme", name: "Acme Corp", kind: ORGANIZATION }]
                relations: [{ id: "acme-owns-hikvision-bad", type: OWNS, from: "org/acme", to: "org/hikvision", channel: DIRECT,
                              evidence: [{ quote: "Acme owns Hikvision.", stance: DENIES, speaker: "org/nobody" }] }]
              }) { inserted }
            }
            """);

        response.FirstErrorCode.Should().Be("BAD_USER_INPUT");
        var message = response.Errors[0].GetProperty("message").GetString();
        message.Should().Contain("unknown entity 'org/nobody'").And.Contain("channel").And.Contain("SUPPLIES relations only");
    }

    [Fact]
    public async Task Paths_take_a_minimum_of_independent_sources_and_hops_say_whether_they_are_contested()
    {
        (await _api.PostAsync(Import, null, apiKey: ApiServer.ApiKey)).Errors.Should().BeEmpty();
        const string query = """
            query($min: Int) { paths(from: { ids: ["org/acme"] }, to: { ids: ["org/hikvision"] }, options: { maxHops: 1, minIndependentSources: $min }) {
              edges { node { hops { contested } } } } }
            """;

        var one = (await _api.PostAsync(query, new { min = 1 })).Data.GetProperty("paths").GetProperty("edges");
        var two = (await _api.PostAsync(query, new { min = 2 })).Data.GetProperty("paths").GetProperty("edges");

        one.GetArrayLength().Should().Be(1);
        one[0].GetProperty("node").GetProperty("hops")[0].GetProperty("contested").GetBoolean().Should().BeFalse();
        two.GetArrayLength().Should().Be(0, "the relation's only origin is the imported article");
    }
}
