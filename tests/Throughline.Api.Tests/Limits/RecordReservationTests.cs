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

    private readonly string _parallelSeed = Directory.CreateTempSubdirectory("throughline-reservation-parallel-").FullName;

    public RecordReservationTests()
    {
        // A power-law graph: its hub reaches projects by 2-hop routes cheaply and by tens of thousands of 3- and 4-hop ones.
        var graph = SyntheticGraph.Generate(new SyntheticGraphOptions(1_000, 6_000));
        SeedDataWriter.Write(graph, _seed);
        _hub = graph.Relations.GroupBy(r => r.From).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;

        // The same graph where each of the hub's relations is stated 30 times more (same quote, other claims): every
        // first hop of its routes lists 31 relations, far more than a page's estimate of one relation per hop.
        var hub = _hub;
        SeedDataWriter.Write(graph with
        {
            Relations =
            [
                .. graph.Relations,
                .. graph.Relations.Where(r => r.From == hub).SelectMany(r => Enumerable.Range(1, 30).Select(k => r with { Id = $"{r.Id}-again-{k}" })),
            ],
        }, _parallelSeed);
    }

    public void Dispose()
    {
        Directory.Delete(_seed, recursive: true);
        Directory.Delete(_parallelSeed, recursive: true);
    }

    private string Query => $$"""
        { paths(from: { ids: ["{{_hub}}"] }, to: { kinds: [PROJECT] }, options: { maxHops: 4 }, first: {{First}}) {
            totalCount totalCountIsExact edges { node { entities { id } hops { relations { id } } } } } }
        """;

    [Fact]
    public Task A_search_cut_short_by_the_allowance_still_reads_its_page_and_the_page_is_a_prefix_of_the_answer() =>
        CutShortPagesAreReadAsync(_seed, recordUnits: 50, [12_000, 40_000, 200_000]);

    [Fact]
    public Task A_cut_short_page_whose_hops_list_many_relations_is_still_read() =>
        // 20 routes whose first hops list 31 relations or more each: far more records than the estimate of 180, so
        // what is held is the eighth of the allowance; budgets of 8 x (the page's records) and more, which it covers.
        CutShortPagesAreReadAsync(_parallelSeed, recordUnits: 5, [], pageShareMultiples: [1.25, 2, 4]);

    private async Task CutShortPagesAreReadAsync(string seed, int recordUnits, long[] budgets, double[]? pageShareMultiples = null)
    {
        var database = Directory.CreateTempSubdirectory("throughline-reservation-db-").FullName;
        try
        {
            List<string> reference;
            int referenceTotal;
            await using (var unbounded = await StartAsync(1_000_000_000_000, database, seed, recordUnits))
            {
                var full = await unbounded.PostAsync(Query);
                full.Errors.Should().BeEmpty(full.Text);
                full.Data.GetProperty("paths").GetProperty("totalCountIsExact").GetBoolean().Should().BeTrue();
                reference = Routes(full);
                referenceTotal = full.Data.GetProperty("paths").GetProperty("totalCount").GetInt32();
                var pageUnits = Records(full) * recordUnits;
                budgets = [.. budgets, .. (pageShareMultiples ?? []).Select(m => (long)(8 * pageUnits * m))];
                if (pageShareMultiples is not null)
                {
                    Records(full).Should().BeGreaterThan(First * 9, "the hops list more relations than the estimate of one per hop");
                }
            }

            reference.Should().HaveCount(First);
            var cutShortWithRoutes = 0;
            // Held for records: 20 paths of up to 4 hops, 9 records each (at 50 units, 9,000), or an eighth of the budget.
            foreach (var budget in budgets)
            {
                await using var api = await StartAsync(budget, database, seed, recordUnits);
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
    public async Task An_export_cut_short_by_the_allowance_still_exports_the_page_the_field_answers_with()
    {
        // Before the export held its records back, a budget that cut the search short left nothing to read the page
        // with: 400 LIMIT_EXCEEDED where the GraphQL field, at the same budget, answered with its page.
        var export = $"/export/paths?format=cytoscape&from.ids={Uri.EscapeDataString(_hub)}&to.kinds=PROJECT&maxHops=4&first={First}";
        var database = Directory.CreateTempSubdirectory("throughline-reservation-db-").FullName;
        try
        {
            var exported = 0;
            foreach (var budget in new long[] { 12_000, 40_000, 200_000 })
            {
                await using var api = await StartAsync(budget, database, _seed, recordUnits: 50);
                var field = await api.PostAsync(Query);
                field.Errors.Should().BeEmpty(field.Text);
                var routes = field.Data.GetProperty("paths").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToArray();
                string[] entities = [.. routes.SelectMany(n => n.GetProperty("entities").EnumerateArray()).Select(e => e.GetProperty("id").GetString()!).Distinct()];
                string[] relations = [.. routes.SelectMany(n => n.GetProperty("hops").EnumerateArray())
                    .SelectMany(h => h.GetProperty("relations").EnumerateArray()).Select(r => r.GetProperty("id").GetString()!).Distinct()];

                using var response = await api.Client.GetAsync(new Uri(export, UriKind.Relative));
                var body = await response.Content.ReadAsStringAsync();
                response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK, $"budget {budget}: the export's records were held before its search; {body}");
                using var json = JsonDocument.Parse(body);
                var elements = json.RootElement.GetProperty("elements");
                elements.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("data").GetProperty("id").GetString())
                    .Should().BeEquivalentTo(entities, $"budget {budget}: the export holds the entities of the field's page");
                elements.GetProperty("edges").EnumerateArray().Select(n => n.GetProperty("data").GetProperty("id").GetString())
                    .Should().BeEquivalentTo(relations, $"budget {budget}: the export holds the relations of the field's page");
                var cutShort = !field.Data.GetProperty("paths").GetProperty("totalCountIsExact").GetBoolean();
                exported += cutShort && routes.Length > 0 ? 1 : 0;
            }

            exported.Should().BeGreaterThan(0, "some budget cuts the search short after it has found some routes");
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
            await using var api = await StartAsync(5_000, database, _seed, 50);
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

    private static Task<ApiServer> StartAsync(long requestBudget, string database, string seed, int recordUnits) =>
        ApiServer.StartAsync(
            new Dictionary<string, string?>
            {
                ["Throughline:SeedData"] = seed,
                ["Throughline:Limits:RequestExpansionBudget"] = requestBudget.ToString(CultureInfo.InvariantCulture),
                ["Throughline:Limits:ExpansionBudget"] = "1000000000000",
                ["Throughline:Limits:RecordWorkUnits"] = recordUnits.ToString(CultureInfo.InvariantCulture),
                ["Throughline:Limits:WorkPerCost"] = "1000000",
                ["Throughline:Limits:MaxComplexity"] = "1000000000",
                // What cuts these searches short is the allowance, never the clock: on a loaded machine the Neo4j store
                // read a page of 31-relation hops in more than 10 s and the test failed on the time limit.
                ["Throughline:Limits:TimeoutSeconds"] = "3600",
            },
            database);

    /// <summary>The records a page's routes read: their entities and their hops' relations.</summary>
    private static long Records(ApiResponse response) =>
        response.Data.GetProperty("paths").GetProperty("edges").EnumerateArray().Sum(edge =>
            edge.GetProperty("node").GetProperty("entities").GetArrayLength()
            + edge.GetProperty("node").GetProperty("hops").EnumerateArray().Sum(h => h.GetProperty("relations").GetArrayLength()));

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
