using System.Net;
using System.Text;
using Throughline.Api.Tests.Support;

namespace Throughline.Api.Tests.Limits;

/// <summary>
/// Finding 2 of issue 10: heavy fields are priced by the engine's work bound (the expansion budget for a path search,
/// the graph's adjacency for a neighbourhood, every name for a text search) and their pages, so thirty aliases of a
/// six-hop search or of a 10,000-entity neighbourhood are refused before they run, whatever the request's variables.
/// </summary>
public sealed class HeavyCostTests : IAsyncLifetime
{
    private const string Strict = "application/graphql-response+json";
    private const string SixHops = "paths(from: { ids: [\"org/intel\"] }, to: { kinds: [PROJECT] }, options: { maxHops: 6, direction: ANY }, first: 100) { totalCount edges { node { length } } }";
    private ApiServer _api = null!;

    public async Task InitializeAsync() => _api = await ApiServer.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task One_six_hop_search_runs_but_thirty_aliases_of_it_are_refused_before_running()
    {
        var one = await _api.PostAsync("{ " + SixHops + " }", accept: Strict);
        one.Errors.Should().BeEmpty();

        var thirty = await _api.PostAsync(Aliased(30, SixHops), accept: Strict);
        AssertPricedOut(thirty);
    }

    [Fact]
    public async Task Thirty_aliases_of_a_ten_thousand_entity_neighbourhood_are_priced_at_the_graph_s_adjacency()
    {
        // One unit per adjacency entry: each neighbourhood in both directions may look at all 2 × 117 of the seed's
        // relation ends, so one costs about 350 and thirty about 10,000 (at the old flat price thirty cost 3,360).
        await using var api = await ApiServer.StartAsync(new Dictionary<string, string?>
        {
            ["Throughline:Limits:WorkPerCost"] = "1",
            ["Throughline:Limits:MaxComplexity"] = "5000",
        });
        const string Wide = "neighborhood(id: \"org/intel\", depth: 6, options: { direction: ANY }, maxEntities: 10000) { truncated entities { id } }";
        (await api.PostAsync("{ " + Wide + " }", accept: Strict)).Errors.Should().BeEmpty();
        AssertPricedOut(await api.PostAsync(Aliased(30, Wide), accept: Strict));
    }

    [Fact]
    public async Task Hops_given_in_a_variable_are_priced_at_the_request_s_value()
    {
        var document = new StringBuilder("query($o: PathOptions) {");
        for (var i = 0; i < 6; i++)
        {
            document.Append(" p").Append(i).Append(": paths(from: { ids: [\"org/intel\"] }, to: { kinds: [PROJECT] }, options: $o, first: 1) { totalCount }");
        }

        var query = document.Append(" }").ToString();
        // One hop is bounded by the seed graph's few hundred adjacency entries; six hops only by the expansion budget.
        (await _api.PostAsync(query, new { o = new { maxHops = 1, direction = "ANY" } }, accept: Strict)).Errors.Should().BeEmpty();
        AssertPricedOut(await _api.PostAsync(query, new { o = new { maxHops = 6, direction = "ANY" } }, accept: Strict));
    }

    [Fact]
    public async Task A_text_search_is_priced_by_the_names_it_scans()
    {
        // One complexity unit per name scanned: a search over the seed's 80-odd entities costs more than 50, a plain listing does not.
        await using var api = await ApiServer.StartAsync(new Dictionary<string, string?>
        {
            ["Throughline:Limits:WorkPerCost"] = "1",
            ["Throughline:Limits:MaxComplexity"] = "50",
        });
        (await api.PostAsync("{ entities(first: 5) { edges { node { id } } } }", accept: Strict)).Errors.Should().BeEmpty();
        AssertPricedOut(await api.PostAsync("query($t: String) { entities(search: $t, first: 5) { edges { node { id } } } }", new { t = "intel" }, accept: Strict));
    }

    private static string Aliased(int count, string field)
    {
        var document = new StringBuilder("{");
        for (var i = 0; i < count; i++)
        {
            document.Append(" a").Append(i).Append(": ").Append(field);
        }

        return document.Append(" }").ToString();
    }

    private static void AssertPricedOut(ApiResponse response)
    {
        response.Status.Should().Be(HttpStatusCode.BadRequest, response.Text);
        response.FirstErrorCode.Should().Be("LIMIT_EXCEEDED");
        response.Errors[0].GetProperty("message").GetString().Should().Contain("complexity");
    }
}
