namespace Throughline.Cli.Tests;

/// <summary>
/// The README's walkthrough as real processes: a new article (invented for the test) is drafted against the seed, reviewed
/// on stdin (accept, reject, edit type), imported, and a route through its new entities appears in a paths query.
/// </summary>
public sealed class DraftWalkthroughTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task A_new_article_goes_from_text_to_draft_to_review_to_import_to_a_new_route()
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.SeedData, "*", SearchOption.AllDirectories))
        {
            var target = _cli.PathOf(Path.Combine("seed", Path.GetRelativePath(RepositoryPaths.SeedData, file)));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        File.Copy(CliHarness.FixtureDirectory("kestrel-2020-05.md"), _cli.PathOf("kestrel.md"));
        string[] paths = ["paths", "--from", "Intel", "--to-kind", "GovernmentBody", "--max-hops", "2"];
        (await Run(null, "import", "seed")).ExitCode.Should().Be(0);
        (await Run(null, paths)).Out.Should().NotContain("Kestrel");

        var draft = await Run(null, "draft", "kestrel.md", "--seed", "seed", "--article-id", "kestrel-2020-05");
        draft.ExitCode.Should().Be(0, draft.Error);
        var claims = Path.Join("seed", "claims", "kestrel-2020-05.yaml");
        (await Run(null, "import", "seed")).Error.Should().Contain("is an unreviewed draft");

        // entities: Kestrel Optics, Shenzhen, Karamay Public Security Bureau; then the relations in file order
        var answers = string.Join('\n', "a", "a", "a", "a", "r", "a", "t supplies", "a") + "\n";
        var review = await Run(answers, "review", claims);
        review.ExitCode.Should().Be(0, review.Error);
        review.Out.Should().Contain("relation 2/4: intel-operates-in-shenzhen").And.Contain("0 still draft");
        var reviewed = File.ReadAllText(_cli.PathOf(claims));
        reviewed.Should().NotContain("draft: true").And.NotContain("intel-operates-in-shenzhen").And.Contain("kestrel-optics-supplies-karamay-public-security-bureau");

        (await Run(null, "validate", "seed")).ExitCode.Should().Be(0);
        var import = await Run(null, "import", "seed");
        import.ExitCode.Should().Be(0, import.Error);
        var after = await Run(null, paths);
        after.Out.Should().Contain("Intel -[SUPPLIES: processors]-> Kestrel Optics Ltd. -[SUPPLIES: thermal cameras]-> Karamay Public Security Bureau");
    }

    private Task<CliResult> Run(string? input, params string[] args) => CliProcess.RunAsync(_cli.WorkingDirectory, input, args);
}
