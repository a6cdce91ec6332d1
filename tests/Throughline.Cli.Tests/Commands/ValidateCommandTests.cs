namespace Throughline.Cli.Tests.Commands;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Validate_accepts_a_valid_directory_and_counts_what_it_checked()
    {
        _cli.CopyFixture("tiny", "seed");

        var result = await _cli.RunAsync("validate", "seed");

        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("seed: ok — 2 articles, 4 entities, 1 relations, 2 quotes found verbatim");
        result.Error.Should().BeEmpty();
    }

    [Fact]
    public async Task Validate_defaults_to_the_seed_data_directory()
    {
        _cli.CopyFixture("tiny", "seed-data");

        var result = await _cli.RunAsync("validate");

        result.ExitCode.Should().Be(0);
        result.Out.Should().StartWith("seed-data: ok");
    }

    [Fact]
    public async Task Validate_lists_every_problem_as_file_line_message_and_exits_1()
    {
        _cli.CopyFixture("tiny", "seed");
        _cli.Edit("seed/claims/news-1.yaml", "confidence: 0.7", "confidence: 1.2");
        _cli.Edit("seed/claims/news-1.yaml", "to: org/beta", "to: org/nobody");
        _cli.Edit("seed/entities.yaml", "kind: Place\n  locatedIn", "kind: Plaice\n  locatedIn");

        var result = await _cli.RunAsync("validate", "seed");

        result.ExitCode.Should().Be(1);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().Contain(Path.Join("seed", "claims", "news-1.yaml") + ":6: unknown entity 'org/nobody' in 'to' (not in entities.yaml)");
        lines.Should().Contain(Path.Join("seed", "claims", "news-1.yaml") + ":10: confidence 1.2 is outside 0..1");
        lines.Should().Contain(l => l.StartsWith(Path.Join("seed", "entities.yaml") + ":14: unknown entity kind 'Plaice'", StringComparison.Ordinal));
        lines.Should().Contain("seed: 3 problem(s)");
        result.Out.Should().BeEmpty();
    }

    [Fact]
    public async Task Validate_json_reports_problems_for_machines()
    {
        _cli.CopyFixture("tiny", "seed");
        _cli.Edit("seed/claims/news-1.yaml", "validFrom: 2018", "validFrom: 2020");

        var result = await _cli.RunAsync("validate", "seed", "--json");

        result.ExitCode.Should().Be(1);
        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        json.RootElement.GetProperty("valid").GetBoolean().Should().BeFalse();
        var problem = json.RootElement.GetProperty("problems").EnumerateArray().Should().ContainSingle().Subject;
        problem.GetProperty("line").GetInt32().Should().Be(7);
        problem.GetProperty("message").GetString().Should().Be("validFrom 2020 is after validTo 2019");
    }

    [Theory]
    [InlineData("validate", "no-such-dir")]
    [InlineData("validate", "seed", "--bogus")]
    [InlineData("validate", "seed", "extra")]
    [InlineData("frobnicate")]
    public async Task Command_line_mistakes_exit_2_with_a_message_and_no_stack_trace(params string[] args)
    {
        _cli.CopyFixture("tiny", "seed");

        var result = await _cli.RunAsync(args);

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("throughline").And.Contain("usage: throughline").And.NotContain("   at ");
    }
}
