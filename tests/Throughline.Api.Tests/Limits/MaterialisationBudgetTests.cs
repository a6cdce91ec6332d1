using Throughline.Api.Tests.Support;

namespace Throughline.Api.Tests.Limits;

/// <summary>
/// Finding 2 of issue 10: the records a heavy field materialises (a neighbourhood's entities and relations, a page's
/// paths) and a text search's scan of every name draw from the request's one expansion allowance, as the path search
/// does, so a request cannot do more work than the allowance by asking for the results rather than the search.
/// The allowance is counted in work units, not measured in time.
/// </summary>
public sealed class MaterialisationBudgetTests
{
    private const string Neighbourhood = "{ neighborhood(id: \"org/intel\", depth: 6, options: { direction: ANY }, maxEntities: 10000) { truncated entities { id name } relations { id } } }";

    [Fact]
    public async Task A_neighbourhood_s_records_are_paid_from_the_request_s_allowance()
    {
        // The seed graph's whole neighbourhood of Intel is some 80 entities: the search itself needs a few hundred
        // units, its 80 entities at 50 units each 4,000, more than the 2,000 the request has. The records a
        // 10,000-entity neighbourhood may hold are held back before its search (RecordReservationTests), so it is
        // refused before any search.
        await using var api = await ApiServer.StartAsync(new Dictionary<string, string?>
        {
            ["Throughline:Limits:RequestExpansionBudget"] = "2000",
            ["Throughline:Limits:RecordWorkUnits"] = "50",
        });
        var response = await api.PostAsync(Neighbourhood);
        response.FirstErrorCode.Should().Be("LIMIT_EXCEEDED", response.Text);
        var message = response.Errors[0].GetProperty("message").GetString();
        message.Should().Contain("neighborhood: holding back, before its search").And.Contain("RecordWorkUnits")
            .And.Contain("RequestExpansionBudget").And.Contain("2,000");
        response.Text.Should().NotContain("   at ", "no stack trace");

        // The same neighbourhood with records free of charge fits: it is the records, not the search, that were refused.
        await using var free = await ApiServer.StartAsync(new Dictionary<string, string?>
        {
            ["Throughline:Limits:RequestExpansionBudget"] = "2000",
            ["Throughline:Limits:RecordWorkUnits"] = "0",
        });
        var fits = await free.PostAsync(Neighbourhood);
        fits.Errors.Should().BeEmpty(fits.Text);
        fits.Data.GetProperty("neighborhood").GetProperty("entities").GetArrayLength().Should().BeGreaterThan(40);
    }

    [Fact]
    public async Task A_neighbourhood_export_s_records_are_paid_from_the_request_s_allowance_as_the_field_s_are()
    {
        const string Export = "/export/neighborhood?format=cytoscape&id=org%2Fintel&depth=6&direction=ANY&maxEntities=10000";
        await using var api = await ApiServer.StartAsync(new Dictionary<string, string?>
        {
            ["Throughline:Limits:RequestExpansionBudget"] = "2000",
            ["Throughline:Limits:RecordWorkUnits"] = "50",
        });
        using var refused = await api.Client.GetAsync(new Uri(Export, UriKind.Relative));
        var body = await refused.Content.ReadAsStringAsync();
        refused.StatusCode.Should().Be(System.Net.HttpStatusCode.BadRequest, body);
        body.Should().Contain("LIMIT_EXCEEDED").And.Contain("RecordWorkUnits").And.NotContain("   at ");

        await using var free = await ApiServer.StartAsync(new Dictionary<string, string?>
        {
            ["Throughline:Limits:RequestExpansionBudget"] = "2000",
            ["Throughline:Limits:RecordWorkUnits"] = "0",
        });
        using var fits = await free.Client.GetAsync(new Uri(Export, UriKind.Relative));
        fits.StatusCode.Should().Be(System.Net.HttpStatusCode.OK, await fits.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Short_text_searches_of_one_request_share_the_allowance_by_the_names_they_scan()
    {
        // A two-letter text cannot use the trigram index: each search scans every one of the seed's 80-odd entity
        // names, so an allowance of 120 pays for one, not two.
        await using var api = await ApiServer.StartAsync(new Dictionary<string, string?>
        {
            ["Throughline:Limits:RequestExpansionBudget"] = "120",
            ["Throughline:Limits:NameWorkUnits"] = "1",
        });
        var one = await api.PostAsync("{ a: entities(search: \"in\", first: 5) { totalCount } }");
        one.Errors.Should().BeEmpty(one.Text);

        var two = await api.PostAsync("{ a: entities(search: \"in\", first: 5) { totalCount } b: entities(search: \"ch\", first: 5) { totalCount } }");
        two.Errors.Should().ContainSingle(two.Text);
        two.FirstErrorCode.Should().Be("LIMIT_EXCEEDED");
        two.Errors[0].GetProperty("message").GetString().Should().Contain("entities(search:)").And.Contain("RequestExpansionBudget")
            .And.Contain("three or more characters");
    }

    [SqliteFact("the trigram name index is the SQLite store's; Neo4j's search reads every name key and is priced as a scan (the test above)")]
    public async Task Indexed_text_searches_pay_for_the_entities_they_match()
    {
        // "china" is looked up in the trigram index: a search costs one match's units to start and its matches' after; the
        // allowance pays for two searches and the third one's start, not its matches.
        var matches = SeedFacts.Batch.Entities.Count(e => e.Names.Any(n => n.Contains("china", StringComparison.OrdinalIgnoreCase)));
        matches.Should().BeGreaterThan(1, "the seed names several Chinese bodies");
        const int units = 10;
        await using var api = await ApiServer.StartAsync(new Dictionary<string, string?>
        {
            ["Throughline:Limits:RequestExpansionBudget"] = ((2 * units * (1 + matches)) + units).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Throughline:Limits:MatchWorkUnits"] = units.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        const string search = "entities(search: \"china\", first: 1) { totalCount }";

        var two = await api.PostAsync($"{{ a: {search} b: {search} }}");
        var three = await api.PostAsync($"{{ a: {search} b: {search} c: {search} }}");

        two.Errors.Should().BeEmpty(two.Text);
        two.Data.GetProperty("a").GetProperty("totalCount").GetInt32().Should().Be(matches);
        three.Errors.Should().ContainSingle(three.Text);
        three.FirstErrorCode.Should().Be("LIMIT_EXCEEDED");
        three.Errors[0].GetProperty("message").GetString().Should().Contain("matching entities").And.Contain("MatchWorkUnits");
    }
}
