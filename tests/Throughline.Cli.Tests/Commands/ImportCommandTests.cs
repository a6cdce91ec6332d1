namespace Throughline.Cli.Tests.Commands;

public sealed class ImportCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public ImportCommandTests() => _cli.CopyFixture("tiny", "seed");

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Import_writes_the_directory_and_prints_a_summary()
    {
        var result = await _cli.RunAsync("import", "seed");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("imported seed: 2 articles, 4 entities, 1 relations, 2 evidence quotes")
            .And.Contain("records: 7 inserted, 0 updated, 0 unchanged")
            .And.Contain("relations by independent sources:\n  1 source: 1");
        result.Error.Should().Contain("writing 7 records in one transaction");
        var snapshot = await _cli.ReadDatabaseAsync();
        snapshot.Relations.Should().ContainSingle().Which.Evidence.Should().HaveCount(2);
    }

    [Fact]
    public async Task Importing_twice_leaves_identical_contents()
    {
        await _cli.RunAsync("import", "seed");
        var before = await _cli.ReadDatabaseAsync();

        var again = await _cli.RunAsync("import", "seed");

        again.Out.Should().Contain("records: 0 inserted, 0 updated, 7 unchanged");
        (await _cli.ReadDatabaseAsync()).Should().BeEquivalentTo(before);
    }

    [Fact]
    public async Task Editing_a_claim_and_reimporting_updates_it()
    {
        await _cli.RunAsync("import", "seed");
        // Retracted: a status the stance rules do not tie to a statement (Disputed now needs a disputing quote).
        _cli.Edit("seed/claims/news-1.yaml", "confidence: 0.7", "status: Retracted");

        var result = await _cli.RunAsync("import", "seed");

        result.Out.Should().Contain("records: 0 inserted, 1 updated, 6 unchanged");
        var relation = (await _cli.ReadDatabaseAsync()).Relations.Single();
        relation.Status.Should().Be(Core.Model.RelationStatus.Retracted);
        relation.Confidence.Should().Be(0, "a Retracted claim without a confidence gets the Retracted default");
    }

    [Fact]
    public async Task Invalid_data_is_not_imported_at_all()
    {
        _cli.Edit("seed/claims/news-1.yaml", "to: org/beta", "to: org/nobody");

        var result = await _cli.RunAsync("import", "seed");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("unknown entity 'org/nobody'").And.Contain("nothing was imported");
        File.Exists(_cli.PathOf("data/throughline.db")).Should().BeFalse("validation fails before the store is opened");
    }

    [Fact]
    public async Task The_database_comes_from_THROUGHLINE_DB_unless_db_is_given()
    {
        _cli.Environment["THROUGHLINE_DB"] = "env/store.db";

        await _cli.RunAsync("import", "seed");
        await _cli.RunAsync("import", "seed", "--db", "flag.db");

        File.Exists(_cli.PathOf("env/store.db")).Should().BeTrue();
        File.Exists(_cli.PathOf("flag.db")).Should().BeTrue();
        File.Exists(_cli.PathOf("data/throughline.db")).Should().BeFalse();
    }

    [Fact]
    public async Task An_unknown_store_kind_is_a_usage_error()
    {
        _cli.Environment["THROUGHLINE_STORE"] = "cassandra";

        var result = await _cli.RunAsync("import", "seed");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("THROUGHLINE_STORE='cassandra'");
    }

    [Fact]
    public async Task A_corrupt_database_file_is_named_in_a_one_line_error()
    {
        Directory.CreateDirectory(_cli.PathOf("data"));
        await File.WriteAllTextAsync(_cli.PathOf("data/throughline.db"), new string('x', 4096));

        var result = await _cli.RunAsync("import", "seed");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain(_cli.PathOf("data/throughline.db")).And.Contain("not a readable SQLite database").And.NotContain("   at ");
    }

    [Fact]
    public async Task Import_json_reports_counts_for_machines()
    {
        var result = await _cli.RunAsync("import", "seed", "--json");

        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        json.RootElement.GetProperty("relations").GetInt32().Should().Be(1);
        json.RootElement.GetProperty("inserted").GetInt32().Should().Be(7);
        json.RootElement.GetProperty("relationsByIndependentSources").GetProperty("1").GetInt32().Should().Be(1);
    }
}
