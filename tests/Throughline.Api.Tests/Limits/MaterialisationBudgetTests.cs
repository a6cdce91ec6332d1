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
        // units, its 80 entities at 50 units each 4,000, more than the 2,000 the request has.
        await using var api = await ApiServer.StartAsync(new Dictionary<string, string?>
        {
            ["Throughline:Limits:RequestExpansionBudget"] = "2000",
            ["Throughline:Limits:RecordWorkUnits"] = "50",
        });
        var response = await api.PostAsync(Neighbourhood);
        response.FirstErrorCode.Should().Be("LIMIT_EXCEEDED", response.Text);
        var message = response.Errors[0].GetProperty("message").GetString();
        message.Should().Contain("Subgraph.").And.Contain("RequestExpansionBudget").And.Contain("2,000");
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
    public async Task Text_searches_of_one_request_share_the_allowance_by_the_names_they_scan()
    {
        // Each search scans every one of the seed's 80-odd entity names: an allowance of 120 pays for one, not two.
        await using var api = await ApiServer.StartAsync(new Dictionary<string, string?>
        {
            ["Throughline:Limits:RequestExpansionBudget"] = "120",
        });
        var one = await api.PostAsync("{ a: entities(search: \"intel\", first: 5) { totalCount } }");
        one.Errors.Should().BeEmpty(one.Text);

        var two = await api.PostAsync("{ a: entities(search: \"intel\", first: 5) { totalCount } b: entities(search: \"china\", first: 5) { totalCount } }");
        two.Errors.Should().ContainSingle(two.Text);
        two.FirstErrorCode.Should().Be("LIMIT_EXCEEDED");
        two.Errors[0].GetProperty("message").GetString().Should().Contain("entities(search:)").And.Contain("RequestExpansionBudget");
    }
}
