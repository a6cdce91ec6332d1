using System.Text.Json;
using Throughline.Core.SeedData;

namespace Throughline.Cli.Tests;

/// <summary>The curated graph in seed-data/: it validates, imports, and tells the stories the articles tell.</summary>
public sealed class SeedGraphTests : IDisposable
{
    private static readonly string SeedData = RepositoryPaths.SeedData;
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task The_seed_data_validates()
    {
        var result = await _cli.RunAsync("validate", SeedData);

        result.Error.Should().BeEmpty();
        result.ExitCode.Should().Be(0);
    }

    [Fact]
    public async Task Intel_supplies_Hikvision_and_NetPosa_and_invested_in_NetPosa_through_Intel_Capital()
    {
        await ImportAsync();

        var report = await EntityJsonAsync("Intel");

        report.GetProperty("entity").GetProperty("id").GetString().Should().Be("org/intel");
        var outgoing = report.GetProperty("outgoing").EnumerateArray().ToList();
        AssertQuoted(Single(outgoing, "SUPPLIES", "org/hikvision"));
        AssertQuoted(Single(outgoing, "SUPPLIES", "org/netposa"));
        var capital = report.GetProperty("subsidiaries").EnumerateArray()
            .Should().ContainSingle(s => s.GetProperty("id").GetString() == "org/intel-capital").Subject;
        var investment = Single(capital.GetProperty("outgoing").EnumerateArray().ToList(), "INVESTED_IN", "org/netposa");
        investment.GetProperty("validFrom").GetString().Should().Be("2010");
        investment.GetProperty("validTo").GetString().Should().Be("2016");
        AssertQuoted(investment);
    }

    [Fact]
    public async Task Intel_text_output_names_the_parties_and_the_investment_years()
    {
        await ImportAsync();

        var result = await _cli.RunAsync("entity", "Intel Corp.");

        result.Out.Should().Contain("SUPPLIES → Hikvision (org/hikvision)")
            .And.Contain("SUPPLIES → NetPosa (org/netposa)")
            .And.Contain("through Intel Capital (org/intel-capital)")
            .And.MatchRegex(@"INVESTED_IN → NetPosa \(org/netposa\)  \[[^\]]*2010–2016");
    }

    [Fact]
    public async Task Microsoft_partnership_with_SenseNets_is_shown_as_denied_or_disputed()
    {
        await ImportAsync();

        var report = await EntityJsonAsync("Microsoft");

        var relations = report.GetProperty("outgoing").EnumerateArray().Concat(report.GetProperty("incoming").EnumerateArray())
            .Where(r => r.GetProperty("type").GetString() == "PARTNERED_WITH" && r.GetProperty("otherId").GetString() == "org/sensenets")
            .ToList();
        relations.Should().ContainSingle();
        relations[0].GetProperty("status").GetString().Should().BeOneOf("Denied", "Disputed");
        AssertQuoted(relations[0]);
    }

    private async Task ImportAsync()
    {
        var result = await _cli.RunAsync("import", SeedData);
        result.ExitCode.Should().Be(0, result.Error);
    }

    private async Task<JsonElement> EntityJsonAsync(string name)
    {
        var result = await _cli.RunAsync("entity", name, "--json");
        result.ExitCode.Should().Be(0, result.Error);
        return JsonDocument.Parse(result.Out).RootElement;
    }

    private static JsonElement Single(List<JsonElement> relations, string type, string otherId) =>
        relations.Should().ContainSingle(r => r.GetProperty("type").GetString() == type && r.GetProperty("otherId").GetString() == otherId).Subject;

    /// <summary>Every quote is non-empty and appears (whitespace-normalised) in its article file, read independently here.</summary>
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
}
