using System.Globalization;
using System.Text.Json;
using Throughline.Api.Tests.Support;
using Throughline.Core.Synthetic;

namespace Throughline.Api.Tests.Limits;

/// <summary>
/// A path search that uses up the request's allowance is cut short, and the page it did find must still be read: the
/// units for reading a page's records are held back before the search, so a thorough search can no longer fail its
/// own page with LIMIT_EXCEEDED (found by the peer benchmark: hub → every project of a region, 100k entities, failed
/// over HTTP on "Path.entities: reading its 2 records"). The cut-short page is a prefix of the true answer.
/// </summary>
public sealed class RecordReservationTests : IDisposable
{
    private const int First = 20;
    private readonly string _seed = Directory.CreateTempSubdirectory("throughline-reservation-").FullName;
    private readonly string _hub;

    public RecordReservationTests()
    {
        // A power-law graph: its hub reaches projects by 2-hop routes cheaply and by tens of thousands of 3- and 4-hop ones.
        var graph = SyntheticGraph.Generate(new SyntheticGraphOptions(1_000, 6_000));
        SeedDataWriter.Write(graph, _seed);
        _hub = graph.Relations.GroupBy(r => r.From).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
    }

    public void Dispose() => Directory.Delete(_seed, recursive: true);

    private string Query => $$"""
        { paths(from: { ids: ["{{_hub}}"] }, to: { kinds: [PROJECT] }, options: { maxHops: 4 }, first: {{First}}) {
            totalCount totalCountIsExact edges { node { entities { id } hops { relations { id } } } } } }
        """;

    [Fact]
    public async Task A_search_cut_short_by_the_allowance_still_reads_its_page_and_the_page_is_a_prefix_of_the_answer()
    {
        var database = Directory.CreateTempSubdirectory("throughline-reservation-db-").FullName;
        try
        {
            List<string> reference;
            int referenceTotal;
            await using (var unbounded = await StartAsync(1_000_000_000_000, database))
            {
                var full = await unbounded.PostAsync(Query);
                full.Errors.Should().BeEmpty(full.Text);
                full.Data.GetProperty("paths").GetProperty("totalCountIsExact").GetBoolean().Should().BeTrue();
                reference = Routes(full);
                referenceTotal = full.Data.GetProperty("paths").GetProperty("totalCount").GetInt32();
            }

            reference.Should().HaveCount(First);
            var cutShortWithRoutes = 0;
            // Held for records: 20 paths of up to 4 hops, 9 records each at 50 units = 9,000; the rest is the search's.
            foreach (var budget in new long[] { 12_000, 40_000, 200_000 })
            {
                await using var api = await StartAsync(budget, database);
                var response = await api.PostAsync(Query);
                response.Errors.Should().BeEmpty($"budget {budget}: the page's records were held before the search; {response.Text}");
                var paths = response.Data.GetProperty("paths");
                var routes = Routes(response);
                routes.Should().Equal(reference.Take(routes.Count), $"budget {budget}: a cut-short page is a prefix of the true answer");
                if (!paths.GetProperty("totalCountIsExact").GetBoolean())
                {
                    paths.GetProperty("totalCount").GetInt32().Should().BeLessThan(referenceTotal, "the total of a cut-short search is a lower bound");
                    cutShortWithRoutes += routes.Count > 0 ? 1 : 0;
                }
            }

            cutShortWithRoutes.Should().BeGreaterThan(0, "some budget cuts the search short after it has ranked the short routes");
        }
        finally
        {
            Directory.Delete(database, recursive: true);
        }
    }

    [Fact]
    public async Task A_request_that_cannot_hold_its_page_s_records_is_refused_before_its_search()
    {
        var database = Directory.CreateTempSubdirectory("throughline-reservation-db-").FullName;
        try
        {
            await using var api = await StartAsync(5_000, database);
            var response = await api.PostAsync(Query);
            response.FirstErrorCode.Should().Be("LIMIT_EXCEEDED", response.Text);
            response.Errors[0].GetProperty("message").GetString().Should()
                .Contain("paths:").And.Contain("before its search").And.Contain("9,000").And.Contain("RequestExpansionBudget");
            response.Text.Should().NotContain("   at ", "no stack trace");
        }
        finally
        {
            Directory.Delete(database, recursive: true);
        }
    }

    private Task<ApiServer> StartAsync(long requestBudget, string database) =>
        ApiServer.StartAsync(
            new Dictionary<string, string?>
            {
                ["Throughline:SeedData"] = _seed,
                ["Throughline:Limits:RequestExpansionBudget"] = requestBudget.ToString(CultureInfo.InvariantCulture),
                ["Throughline:Limits:ExpansionBudget"] = "1000000000000",
                ["Throughline:Limits:RecordWorkUnits"] = "50",
                ["Throughline:Limits:WorkPerCost"] = "1000000",
                ["Throughline:Limits:MaxComplexity"] = "1000000000",
            },
            database);

    /// <summary>Each route as its entity ids and hop relation ids.</summary>
    private static List<string> Routes(ApiResponse response) =>
    [
        .. response.Data.GetProperty("paths").GetProperty("edges").EnumerateArray().Select(edge =>
        {
            var node = edge.GetProperty("node");
            var entities = string.Join(">", node.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
            var hops = string.Join(";", node.GetProperty("hops").EnumerateArray()
                .Select(h => string.Join(",", h.GetProperty("relations").EnumerateArray().Select(r => r.GetProperty("id").GetString()))));
            return $"{entities} [{hops}]";
        }),
    ];
}
