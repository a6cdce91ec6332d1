using System.Diagnostics;
using System.Text.Json;
using Throughline.Core.SeedData;

namespace Throughline.Cli.Tests.Commands;

/// <summary>
/// <c>throughline paths</c> over the imported seed-data. Expected routes come from seed-data/claims (Intel supplies Hikvision
/// and NetPosa; Intel Capital invested in NetPosa 2010–2016) and the path semantics in the architecture notes.
/// </summary>
public sealed class PathsCommandTests : IDisposable
{
    private static readonly string SeedData = RepositoryPaths.SeedData;
    private static readonly string[] ToXinjiangProjects = ["paths", "--from", "Intel", "--to-kind", "Project", "--to-located-in", "Xinjiang"];

    // NetPosa's Xinjiang work is stated as supplying the Xinjiang police and operating in Xinjiang, not as a project.
    private static readonly string[] ToXinjiangPoliceAndRegion = ["paths", "--from", "Intel", "--to", "gov/xinjiang-police;place/xinjiang"];
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Paths_text_shows_routes_through_Hikvision_and_NetPosa_with_their_quotes()
    {
        await ImportAsync();

        var result = await _cli.RunAsync(ToXinjiangProjects);
        var police = await _cli.RunAsync(ToXinjiangPoliceAndRegion);

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
        police.ExitCode.Should().Be(0, police.Error);
        // Products and quotes as written in seed-data/claims/blog-american-tech-police-state.yaml.
        result.Out.Should().Contain("Intel -[SUPPLIES: x86 and AI-focused chips]-> Hikvision -[CONTRACTOR_FOR]->")
            .And.Contain("SUPPLIES org/intel → org/hikvision  intel-supplies-hikvision")
            .And.Contain("\"Hikvision has used Intel’s x86 and AI-focused chips for industrial cameras.\" (blog-american-tech-police-state)");
        police.Out.Should().Contain("Intel -[SUPPLIES: advanced chips and technical solutions]-> NetPosa")
            .And.Contain("SUPPLIES org/intel → org/netposa  intel-supplies-netposa")
            .And.Contain("\"The American chip maker continues to supply NetPosa with advanced chips that the Chinese company uses to power AI video surveillance platforms it markets to police.\" (marketscreener-2019-11-27-us-companies-surveillance-2)");
    }

    [Fact]
    public async Task Paths_json_lists_routes_that_end_at_Xinjiang_projects_with_cursors_and_quotes_from_the_articles()
    {
        await ImportAsync();

        var page = await JsonAsync(ToXinjiangProjects);

        var routes = page.GetProperty("routes").EnumerateArray().ToList();
        routes.Should().HaveCount(page.GetProperty("totalCount").GetInt32());
        page.GetProperty("hasNextPage").GetBoolean().Should().BeFalse();
        routes.Select(r => r.GetProperty("cursor").GetString()).Should().OnlyContain(c => !string.IsNullOrEmpty(c)).And.OnlyHaveUniqueItems();
        var xinjiangProjects = XinjiangProjectIds();
        foreach (var route in routes)
        {
            var ids = EntityIds(route);
            ids[0].Should().Be("org/intel");
            xinjiangProjects.Should().Contain(ids[^1]);
            foreach (var relation in Relations(route))
            {
                AssertQuoted(relation);
            }
        }

        routes.Should().Contain(r => EntityIds(r)[1] == "org/hikvision" && RelationIds(r).Contains("intel-supplies-hikvision"));
        var police = (await JsonAsync(ToXinjiangPoliceAndRegion)).GetProperty("routes").EnumerateArray().ToList();
        police.Should().Contain(r => EntityIds(r)[1] == "org/netposa" && RelationIds(r).Contains("intel-supplies-netposa"));
        police.Should().Contain(r => RelationIds(r).Contains("intel-capital-invested-in-netposa"));
    }

    [Fact]
    public async Task Paths_as_of_2017_drops_the_routes_through_the_Intel_Capital_stake_sold_in_2016()
    {
        await ImportAsync();

        var all = await JsonAsync(ToXinjiangPoliceAndRegion);
        var in2017 = await JsonAsync([.. ToXinjiangPoliceAndRegion, "--as-of", "2017"]);

        var throughCapital = all.GetProperty("routes").EnumerateArray().Where(r => EntityIds(r).Contains("org/intel-capital")).ToList();
        throughCapital.Should().NotBeEmpty();
        var later = in2017.GetProperty("routes").EnumerateArray().ToList();
        later.Should().NotContain(r => EntityIds(r).Contains("org/intel-capital"));
        later.Should().Contain(r => EntityIds(r).Contains("org/netposa"), "Intel still supplies NetPosa in 2019");
        later.Should().Contain(r => EntityIds(r).Contains("org/hikvision"), "Hikvision operates in Xinjiang");
        in2017.GetProperty("totalCount").GetInt32().Should().Be(all.GetProperty("totalCount").GetInt32() - throughCapital.Count);
    }

    [Fact]
    public async Task Paths_first_and_after_page_through_the_same_routes_as_one_big_page()
    {
        await ImportAsync();

        var whole = (await JsonAsync(ToXinjiangProjects)).GetProperty("routes").EnumerateArray().Select(Signature).ToList();
        var paged = new List<string>();
        string? after = null;
        for (var pages = 0; pages <= whole.Count; pages++)
        {
            var page = await JsonAsync([.. ToXinjiangProjects, "--first", "1", .. after is null ? Array.Empty<string>() : ["--after", after]]);
            var routes = page.GetProperty("routes").EnumerateArray().ToList();
            routes.Should().HaveCountLessThanOrEqualTo(1);
            paged.AddRange(routes.Select(Signature));
            if (!page.GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            after = page.GetProperty("endCursor").GetString();
            after.Should().Be(routes[^1].GetProperty("cursor").GetString());
        }

        whole.Count.Should().BeGreaterThan(1);
        paged.Should().Equal(whole);
    }

    [Fact]
    public async Task Paths_text_prints_the_cursor_for_the_next_page()
    {
        await ImportAsync();

        var first = await JsonAsync([.. ToXinjiangProjects, "--first", "1"]);
        var text = await _cli.RunAsync([.. ToXinjiangProjects, "--first", "1"]);

        text.Out.Should().Contain($"more: --after {first.GetProperty("endCursor").GetString()}");
    }

    [Fact]
    public async Task Paths_with_an_unknown_entity_id_fails_with_exit_code_1_naming_the_id()
    {
        await ImportAsync();

        var result = await _cli.RunAsync("paths", "--from", "org/no-such-company", "--to-kind", "Project");

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        result.Error.Should().StartWith("throughline paths: ").And.Contain("'org/no-such-company'");
    }

    [Theory]
    [InlineData("--max-hops", "9", "9")]
    [InlineData("--types", "SUPPLIES,SELLS_TO", "--types: unknown relation type 'SELLS_TO'")]
    [InlineData("--as-of", "2017-13", "--as-of: '2017-13'")]
    [InlineData("--direction", "sideways", "--direction: 'sideways'")]
    [InlineData("--first", "many", "--first: 'many' is not a whole number")]
    public async Task Paths_with_a_bad_option_explains_it_on_stderr_and_exits_2(string option, string value, string expected)
    {
        await ImportAsync();

        var result = await _cli.RunAsync("paths", "--from", "Intel", "--to-kind", "Project", option, value);

        result.ExitCode.Should().Be(2);
        result.Out.Should().BeEmpty();
        result.Error.Should().StartWith("throughline paths: ").And.Contain(expected).And.Contain("usage: throughline paths");
    }

    [Fact]
    public async Task Paths_min_independent_sources_keeps_exactly_the_routes_whose_every_hop_has_that_many_sources()
    {
        await ImportAsync();
        string[] toXinjiang = ["paths", "--from-kind", "Organization", "--to-located-in", "Xinjiang", "--max-hops", "2", "--first", "100"];

        var all = (await JsonAsync(toXinjiang)).GetProperty("routes").EnumerateArray().ToList();
        var corroborated = (await JsonAsync([.. toXinjiang, "--min-independent-sources", "2"])).GetProperty("routes").EnumerateArray().ToList();
        var bad = await _cli.RunAsync([.. toXinjiang, "--min-independent-sources", "-1"]);

        // Independent sources as Core defines them, counted from the seed-data's articles (republications and citations).
        var batch = SeedLoader.Load(SeedData).Batch;
        var articles = batch.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var sources = batch.Relations.ToDictionary(r => r.Id, r => Throughline.Core.Model.Provenance.IndependentSources(r, articles), StringComparer.Ordinal);
        // A hop between the same two entities may carry parallel relations; the filter keeps those that qualify.
        var expected = all
            .Select(r => (Entities: EntityIds(r), Hops: r.GetProperty("hops").EnumerateArray()
                .Select(h => h.GetProperty("relations").EnumerateArray().Select(x => x.GetProperty("id").GetString()!).Where(id => sources[id] >= 2).ToList()).ToList()))
            .Where(r => r.Hops.All(h => h.Count > 0))
            .Select(r => string.Join(" > ", r.Entities) + " : " + string.Join(",", r.Hops.SelectMany(h => h)))
            .ToList();
        expected.Should().NotBeEmpty().And.HaveCountLessThan(all.Count, "the seed has both corroborated and single-source hops to Xinjiang");
        corroborated.Select(Signature).Should().BeEquivalentTo(expected);
        bad.ExitCode.Should().Be(2);
        bad.Error.Should().Contain("--min-independent-sources");
    }

    [Fact]
    public async Task Paths_reports_every_bad_option_in_one_message()
    {
        var result = await _cli.RunAsync("paths", "--from", "Intel", "--types", "NOPE", "--as-of", "yesterday");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--to, --to-kind, --to-located-in or --to-country").And.Contain("'NOPE'").And.Contain("--as-of");
    }

    [Fact]
    public async Task The_executable_exits_2_on_a_bad_max_hops_and_1_on_an_unknown_id()
    {
        await ImportAsync();

        var (badHops, hopsOut, hopsError) = await RunProcessAsync("paths", "--from", "Intel", "--to-kind", "Project", "--max-hops", "9");
        var (unknown, _, unknownError) = await RunProcessAsync("paths", "--from", "org/no-such-company", "--to-kind", "Project");

        badHops.Should().Be(2);
        hopsOut.Should().BeEmpty();
        hopsError.Should().Contain("9").And.NotContain("   at ");
        unknown.Should().Be(1);
        unknownError.Should().Contain("'org/no-such-company'").And.NotContain("   at ");
    }

    private async Task ImportAsync()
    {
        var result = await _cli.RunAsync("import", SeedData);
        result.ExitCode.Should().Be(0, result.Error);
    }

    private async Task<JsonElement> JsonAsync(string[] args)
    {
        var result = await _cli.RunAsync([.. args, "--json"]);
        result.ExitCode.Should().Be(0, result.Error);
        return JsonDocument.Parse(result.Out).RootElement.Clone();
    }

    private static List<string> EntityIds(JsonElement route) =>
        route.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToList();

    private static IEnumerable<JsonElement> Relations(JsonElement route) =>
        route.GetProperty("hops").EnumerateArray().SelectMany(h => h.GetProperty("relations").EnumerateArray());

    private static List<string> RelationIds(JsonElement route) => Relations(route).Select(r => r.GetProperty("id").GetString()!).ToList();

    private static string Signature(JsonElement route) => string.Join(" > ", EntityIds(route)) + " : " + string.Join(",", RelationIds(route));

    /// <summary>Projects the seed data places in Xinjiang (directly or through a place inside it), read from the files here.</summary>
    private static HashSet<string> XinjiangProjectIds()
    {
        var seed = SeedLoader.Load(SeedData);
        seed.Problems.Should().BeEmpty();
        var graph = seed.Batch;
        var xinjiang = new HashSet<string> { "place/xinjiang" };
        while (graph.Entities.Where(e => e.LocatedIn is { } parent && xinjiang.Contains(parent)).Select(e => e.Id).ToList() is var inside
            && inside.Any(id => xinjiang.Add(id)))
        {
        }

        return graph.Relations
            .Where(r => r.Type == Core.Model.RelationType.LocatedIn && xinjiang.Contains(r.To))
            .Select(r => r.From)
            .Where(id => graph.Entities.Single(e => e.Id == id).Kind == Core.Model.EntityKind.Project)
            .ToHashSet();
    }

    /// <summary>Every quote is non-empty and appears (whitespace-normalised) in its article file.</summary>
    private static void AssertQuoted(JsonElement relation)
    {
        var evidence = relation.GetProperty("evidence").EnumerateArray().ToList();
        evidence.Should().NotBeEmpty();
        foreach (var item in evidence)
        {
            var article = File.ReadAllText(Path.Combine(SeedData, "articles", item.GetProperty("articleId").GetString() + ".md"));
            QuoteLocator.Normalise(article).Should().Contain(QuoteLocator.Normalise(item.GetProperty("quote").GetString()!));
        }
    }

    private async Task<(int Exit, string Output, string Error)> RunProcessAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _cli.WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "throughline.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The in-process import wrote the default database under the working directory; the process must read that one.
        start.Environment.Remove("THROUGHLINE_DB");
        start.Environment.Remove("THROUGHLINE_STORE");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
