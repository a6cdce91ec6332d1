namespace Throughline.Cli.Tests.Commands;

/// <summary><c>throughline bench-data</c>: a synthetic seed directory that the CLI's own validate and import accept, reproducibly.</summary>
public sealed class BenchDataCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Bench_data_writes_a_directory_that_validate_accepts_and_import_loads()
    {
        var written = await _cli.RunAsync("bench-data", "--entities", "200", "--relations", "1000", "--seed", "7", "--out", "bench");

        written.ExitCode.Should().Be(0, written.Error);
        written.Out.Should().Contain("wrote 200 entities, 1000 relations");
        var validated = await _cli.RunAsync("validate", "bench");
        validated.ExitCode.Should().Be(0, validated.Out + validated.Error);
        validated.Out.Should().StartWith("bench: ok");
        var imported = await _cli.RunAsync("import", "bench");
        imported.ExitCode.Should().Be(0, imported.Error);
        var graph = await _cli.ReadDatabaseAsync();
        graph.Entities.Should().HaveCount(200);
        graph.Relations.Should().HaveCount(1000);
        graph.Articles.Should().NotBeEmpty();
    }

    [Fact]
    public async Task Bench_data_with_the_same_seed_writes_byte_identical_files()
    {
        (await _cli.RunAsync("bench-data", "--entities", "200", "--relations", "1000", "--seed", "7", "--out", "one")).ExitCode.Should().Be(0);
        (await _cli.RunAsync("bench-data", "--entities", "200", "--relations", "1000", "--seed", "7", "--out", "two")).ExitCode.Should().Be(0);
        (await _cli.RunAsync("bench-data", "--entities", "200", "--relations", "1000", "--seed", "8", "--out", "other")).ExitCode.Should().Be(0);

        var one = Files("one");
        one.Keys.Should().Contain(Path.Join("entities.yaml")).And.HaveCountGreaterThan(2);
        Files("two").Keys.Should().BeEquivalentTo(one.Keys);
        foreach (var (name, bytes) in Files("two"))
        {
            bytes.Should().Equal(one[name], name);
        }

        Files("other").Should().Contain(f => !one.ContainsKey(f.Key) || !f.Value.SequenceEqual(one[f.Key]), "another seed gives another graph");
    }

    [Fact]
    public async Task Bench_data_refuses_a_directory_that_is_not_empty_with_exit_code_1()
    {
        Directory.CreateDirectory(_cli.PathOf("full"));
        await File.WriteAllTextAsync(_cli.PathOf("full/keep.txt"), "mine");

        var result = await _cli.RunAsync("bench-data", "--entities", "200", "--relations", "1000", "--out", "full");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("is not empty");
        File.ReadAllText(_cli.PathOf("full/keep.txt")).Should().Be("mine");
    }

    [Fact]
    public async Task Bench_data_reports_every_bad_option_at_once_with_exit_code_2()
    {
        var result = await _cli.RunAsync("bench-data", "--entities", "lots", "--seed", "1.5", "--shape", "ring");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--entities: 'lots' is not a whole number")
            .And.Contain("--seed: '1.5' is not a whole number")
            .And.Contain("--shape: 'ring' is not power-law or uniform")
            .And.Contain("--out DIR is required");
    }

    private Dictionary<string, byte[]> Files(string relative)
    {
        var root = _cli.PathOf(relative);
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllBytes, StringComparer.Ordinal);
    }
}
