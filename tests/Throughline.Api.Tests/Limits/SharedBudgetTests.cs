using System.Text;
using Throughline.Api.Tests.Support;

namespace Throughline.Api.Tests.Limits;

/// <summary>
/// Finding 2 of issue 10: every path query of one request draws from one expansion allowance, so aliases cannot multiply
/// the work. (Thirty aliases of a 10,000-entity neighbourhood are priced out before they run: HeavyCostTests.)
/// </summary>
public sealed class SharedBudgetTests
{
    private const string Neighbourhood = "neighborhood(id: \"org/intel\", depth: 6, options: { direction: ANY }, maxEntities: 200) { truncated entities { id } }";

    [Fact]
    public async Task Aliased_path_queries_share_one_expansion_allowance()
    {
        await using var api = await ApiServer.StartAsync(new Dictionary<string, string?>
        {
            ["Throughline:Limits:ExpansionBudget"] = "1000000",
            ["Throughline:Limits:RequestExpansionBudget"] = "2000",
            ["Throughline:Limits:RecordWorkUnits"] = "0", // this test is about the searches; records: MaterialisationBudgetTests
        });
        // Each query alone could expand a million entries; together they have 40.

        var many = new StringBuilder("{");
        for (var i = 0; i < 30; i++)
        {
            many.Append(" n").Append(i).Append(": ").Append(Neighbourhood);
        }

        var response = await api.PostAsync(many.Append(" }").ToString());
        response.Errors.Should().BeEmpty();
        var truncated = Enumerable.Range(0, 30).Count(i => response.Data.GetProperty($"n{i}").GetProperty("truncated").GetBoolean());
        truncated.Should().BePositive("thirty copies of the search cannot each have the whole allowance");
    }
}
