using System.Text.Json;

namespace Throughline.Cli.Tests.Commands;

public sealed class StatsCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public StatsCommandTests() => _cli.CopyFixture("tiny", "seed");

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Stats_counts_what_the_import_wrote()
    {
        await _cli.RunAsync("import", "seed");
        var snapshot = await _cli.ReadDatabaseAsync();

        var result = await _cli.RunAsync("stats");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain($"entities:  {snapshot.Entities.Count}\n")
            .And.Contain($"relations: {snapshot.Relations.Count}\n")
            .And.Contain($"evidence:  {snapshot.Relations.Sum(r => r.Evidence.Count)}\n")
            .And.MatchRegex(@"relations by type:\n  SUPPLIES +1\n")
            .And.MatchRegex(@"  Place +2\n");
    }

    [Fact]
    public async Task Stats_json_has_counts_by_kind_type_and_status()
    {
        await _cli.RunAsync("import", "seed", "--db", "x.db");

        var result = await _cli.RunAsync("stats", "--db", "x.db", "--json");

        using var json = JsonDocument.Parse(result.Out);
        json.RootElement.GetProperty("articles").GetInt32().Should().Be(2);
        json.RootElement.GetProperty("entitiesByKind").GetProperty("Organization").GetInt32().Should().Be(2);
        json.RootElement.GetProperty("relationsByStatus").GetProperty("Reported").GetInt32().Should().Be(1);
        json.RootElement.GetProperty("relationsByType").GetProperty("SUPPLIES").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task Stats_on_a_new_database_reports_zeroes()
    {
        var result = await _cli.RunAsync("stats", "--db", "empty.db");

        result.ExitCode.Should().Be(0);
        result.Out.Should().StartWith("entities:  0\nrelations: 0\narticles:  0\nevidence:  0\n");
    }
}
