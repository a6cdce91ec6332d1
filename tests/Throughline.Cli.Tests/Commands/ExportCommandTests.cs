using System.Text.Json;
using Throughline.Core.SeedData;

namespace Throughline.Cli.Tests.Commands;

/// <summary>
/// <c>throughline export</c> over the imported seed-data, read back as Cytoscape.js JSON. The whole graph is compared
/// with the seed files; a path export with what <c>paths --json</c> answers for the same options (every entity and
/// relation of its routes), and a country filter with the seed entities' countries.
/// </summary>
public sealed class ExportCommandTests : IDisposable
{
    private static readonly string SeedData = RepositoryPaths.SeedData;
    private static readonly string[] ToXinjiang = ["--from-kind", "Organization", "--to-located-in", "Xinjiang", "--max-hops", "2", "--first", "100"];
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task The_whole_graph_has_every_seed_entity_and_relation()
    {
        await ImportAsync();

        var (nodes, edges) = await ExportAsync();

        var seed = SeedLoader.Load(SeedData).Batch;
        nodes.Should().BeEquivalentTo(seed.Entities.Select(e => e.Id));
        edges.Should().BeEquivalentTo(seed.Relations.Select(r => r.Id));
    }

    [Fact]
    public async Task A_path_export_holds_exactly_the_entities_and_relations_of_the_routes_paths_lists()
    {
        await ImportAsync();

        var routes = await RoutesAsync(ToXinjiang);
        var (nodes, edges) = await ExportAsync(ToXinjiang);

        routes.Should().NotBeEmpty();
        nodes.Should().BeEquivalentTo(routes.SelectMany(r => r.Entities).Distinct());
        edges.Should().BeEquivalentTo(routes.SelectMany(r => r.Relations).Distinct());
    }

    [Fact]
    public async Task From_country_keeps_the_routes_that_start_at_an_entity_of_that_country_in_paths_and_export()
    {
        await ImportAsync();
        string[] fromUs = [.. ToXinjiang, "--from-country", "US"];

        var all = await RoutesAsync(ToXinjiang);
        var us = await RoutesAsync(fromUs);
        var (nodes, edges) = await ExportAsync(fromUs);

        // Countries as the seed files give them (entities.yaml `country:`).
        var countries = SeedLoader.Load(SeedData).Batch.Entities.ToDictionary(e => e.Id, e => e.Country, StringComparer.Ordinal);
        var expected = all.Where(r => countries[r.Entities[0]] == "US").ToList();
        expected.Should().NotBeEmpty().And.HaveCountLessThan(all.Count, "the seed has routes to Xinjiang from US and from Chinese organisations");
        us.Select(r => r.Signature).Should().BeEquivalentTo(expected.Select(r => r.Signature));
        nodes.Should().BeEquivalentTo(expected.SelectMany(r => r.Entities).Distinct());
        edges.Should().BeEquivalentTo(expected.SelectMany(r => r.Relations).Distinct());
    }

    [Fact]
    public async Task A_country_no_entity_has_gives_no_routes_and_an_empty_export_with_a_note()
    {
        await ImportAsync();
        string[] fromNowhere = [.. ToXinjiang, "--from-country", "ZZ"];

        var paths = await _cli.RunAsync(["paths", .. fromNowhere]);
        var export = await _cli.RunAsync(["export", "--format", "cytoscape", "--out", "nowhere.json", .. fromNowhere]);

        paths.ExitCode.Should().Be(0, paths.Error);
        paths.Out.Should().Contain("note: --from-country: no entity of the kinds asked for has the country 'ZZ'.").And.Contain("0 routes");
        export.ExitCode.Should().Be(0, export.Error);
        export.Error.Should().Contain("note: --from-country:").And.Contain("'ZZ'");
        var (nodes, edges) = Elements(_cli.PathOf("nowhere.json"));
        nodes.Should().BeEmpty();
        edges.Should().BeEmpty();
    }

    [Fact]
    public async Task Bad_options_are_all_reported_at_once_with_exit_2_and_no_file_written()
    {
        await ImportAsync();

        var result = await _cli.RunAsync(
            "export", "--format", "pdf", "--out", "bad.out", "--from", "Intel", "--to-country", "CN", "--min-independent-sources", "-1", "--neighbourhood", "org/intel");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("unknown format 'pdf'")
            .And.Contain("--neighbourhood cannot be combined")
            .And.Contain("--min-independent-sources")
            .And.NotContain("   at ");
        File.Exists(_cli.PathOf("bad.out")).Should().BeFalse();
        File.Exists(_cli.PathOf("bad.out.partial")).Should().BeFalse();
    }

    private async Task ImportAsync()
    {
        var result = await _cli.RunAsync("import", SeedData);
        result.ExitCode.Should().Be(0, result.Error);
    }

    private async Task<(List<string> Nodes, List<string> Edges)> ExportAsync(params string[] options)
    {
        var result = await _cli.RunAsync(["export", "--format", "cytoscape", "--out", "graph.json", .. options]);
        result.ExitCode.Should().Be(0, result.Error);
        return Elements(_cli.PathOf("graph.json"));
    }

    private static (List<string> Nodes, List<string> Edges) Elements(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(file));
        var elements = document.RootElement.GetProperty("elements");
        List<string> Ids(string group) => [.. elements.GetProperty(group).EnumerateArray().Select(e => e.GetProperty("data").GetProperty("id").GetString()!)];
        return (Ids("nodes"), Ids("edges"));
    }

    private async Task<List<Route>> RoutesAsync(string[] options)
    {
        var result = await _cli.RunAsync(["paths", .. options, "--json"]);
        result.ExitCode.Should().Be(0, result.Error);
        using var document = JsonDocument.Parse(result.Out);
        document.RootElement.GetProperty("hasNextPage").GetBoolean().Should().BeFalse("the test compares whole answers");
        return [.. document.RootElement.GetProperty("routes").EnumerateArray().Select(r => new Route(
            [.. r.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("id").GetString()!)],
            [.. r.GetProperty("hops").EnumerateArray().SelectMany(h => h.GetProperty("relations").EnumerateArray()).Select(x => x.GetProperty("id").GetString()!)]))];
    }

    private sealed record Route(List<string> Entities, List<string> Relations)
    {
        public string Signature => string.Join(" > ", Entities) + " : " + string.Join(",", Relations);
    }
}
