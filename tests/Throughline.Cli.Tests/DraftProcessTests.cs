using Throughline.Ingest;
using YamlDotNet.RepresentationModel;

namespace Throughline.Cli.Tests;

/// <summary>
/// <c>throughline draft</c> as a real process on the seed articles: each drafted against the seed graph without that
/// article's claims file, the draft validates, every quote is a substring of the article, and import refuses it until reviewed.
/// </summary>
public sealed class DraftProcessTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public static TheoryData<string> SeedArticles { get; } =
    [
        "blog-american-tech-police-state",
        "cdt-2019-03-22-us-companies-fuel-surveillance",
        "cityblog-2019-11-28-us-tech-surveillance",
        "marketscreener-2019-11-27-us-companies-surveillance-2",
        "thehill-2019-11-us-tech-china-surveillance",
    ];

    public void Dispose() => _cli.Dispose();

    [Theory]
    [MemberData(nameof(SeedArticles))]
    public async Task A_drafted_seed_article_validates_and_quotes_it_verbatim(string article)
    {
        CopySeed("seed");
        File.Delete(_cli.PathOf($"seed/claims/{article}.yaml"));

        var draft = await CliProcess.RunAsync(_cli.WorkingDirectory, null, "draft", $"seed/articles/{article}.md", "--seed", "seed");

        draft.ExitCode.Should().Be(0, draft.Error);
        draft.Out.Should().Contain($"wrote {Path.Join("seed", "claims", article + ".yaml")}");
        var validate = await CliProcess.RunAsync(_cli.WorkingDirectory, null, "validate", "seed");
        validate.ExitCode.Should().Be(0, validate.Error);
        validate.Out.Should().Contain("still marked draft: true");

        var text = ArticleText.Extract(File.ReadAllText(_cli.PathOf($"seed/articles/{article}.md"))).Text;
        var quotes = Quotes(_cli.PathOf($"seed/claims/{article}.yaml"));
        quotes.Should().NotBeEmpty();
        quotes.Should().OnlyContain(q => text.Contains(q, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_refuses_unreviewed_drafts_naming_file_and_line()
    {
        CopySeed("seed");
        const string article = "thehill-2019-11-us-tech-china-surveillance";
        File.Delete(_cli.PathOf($"seed/claims/{article}.yaml"));
        (await CliProcess.RunAsync(_cli.WorkingDirectory, null, "draft", $"seed/articles/{article}.md", "--seed", "seed")).ExitCode.Should().Be(0);

        var import = await CliProcess.RunAsync(_cli.WorkingDirectory, null, "import", "seed");

        import.ExitCode.Should().Be(1);
        var firstDraft = File.ReadAllLines(_cli.PathOf($"seed/claims/{article}.yaml")).ToList().FindIndex(l => l.StartsWith("  - id: ", StringComparison.Ordinal)) + 1;
        import.Error.Should().Contain($"{Path.Join("seed", "claims", article + ".yaml")}:{firstDraft}: relation '")
            .And.Contain("is an unreviewed draft").And.Contain("nothing was imported").And.NotContain("   at ");
        File.Exists(_cli.PathOf("db/throughline.db")).Should().BeFalse();
    }

    [Fact]
    public async Task A_json_feed_item_is_drafted_as_a_new_article_with_its_text_extracted()
    {
        CopySeed("seed");
        File.Copy(Path.Combine(RepositoryPaths.Root, "tests/Throughline.Ingest.Tests/Files/cdt-2019-03-22-feed-item.json"), _cli.PathOf("feed.json"));

        var draft = await CliProcess.RunAsync(_cli.WorkingDirectory, null, "draft", "feed.json", "--seed", "seed", "--article-id", "cdt-feed-copy", "--outlet", "China Digital Times");

        draft.ExitCode.Should().Be(0, draft.Error);
        var articleFile = File.ReadAllText(_cli.PathOf("seed/articles/cdt-feed-copy.md"));
        articleFile.Should().Contain("outlet: \"China Digital Times\"").And.Contain("published: 2019-03-22").And.NotContain("<p>");
        (await CliProcess.RunAsync(_cli.WorkingDirectory, null, "validate", "seed")).ExitCode.Should().Be(0);
    }

    [Fact]
    public async Task Drafting_never_overwrites_a_claims_file()
    {
        CopySeed("seed");

        var draft = await CliProcess.RunAsync(_cli.WorkingDirectory, null, "draft", "seed/articles/thehill-2019-11-us-tech-china-surveillance.md", "--seed", "seed");

        draft.ExitCode.Should().Be(1);
        draft.Error.Should().Contain("thehill-2019-11-us-tech-china-surveillance.yaml already exists");
    }

    private void CopySeed(string @as)
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.SeedData, "*", SearchOption.AllDirectories))
        {
            var target = _cli.PathOf(Path.Combine(@as, Path.GetRelativePath(RepositoryPaths.SeedData, file)));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static List<string> Quotes(string claimsFile)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(claimsFile))
        {
            yaml.Load(reader);
        }

        var relations = (YamlSequenceNode)((YamlMappingNode)yaml.Documents[0].RootNode)["relations"];
        return relations.Children.Cast<YamlMappingNode>()
            .SelectMany(r => ((YamlSequenceNode)r["evidence"]).Children.Cast<YamlMappingNode>())
            .Select(e => ((YamlScalarNode)e["quote"]).Value!)
            .ToList();
    }
}
