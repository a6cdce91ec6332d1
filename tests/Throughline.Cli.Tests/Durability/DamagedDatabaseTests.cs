using System.Security.Cryptography;
using Throughline.Core.Storage;
using Throughline.Core.Synthetic;
using Throughline.Storage.Sqlite;

namespace Throughline.Cli.Tests.Durability;

/// <summary>
/// Finding 5 of issue 10 as a user meets it: `stats` and `import` on a database file damaged in the middle exit non-zero
/// with one message naming the file and what to do, and write nothing into it.
/// </summary>
public sealed class DamagedDatabaseTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public DamagedDatabaseTests() => _cli.CopyFixture("tiny", "seed");

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("stats")]
    [InlineData("import")]
    public async Task A_damaged_database_is_refused_by_name_and_left_as_it_is(string command)
    {
        var db = _cli.PathOf("damaged.db");
        var graph = SyntheticGraph.Generate(new SyntheticGraphOptions(Entities: 3000, Relations: 12000, Seed: 7));
        await using (var store = await SqliteGraphStore.OpenAsync(db))
        {
            await store.ApplyAsync(new ImportBatch(graph.Articles, graph.Entities, graph.Relations));
        }

        // 256 KiB of a repeating pattern over the middle of the file, as the hardening probe did.
        await using (var file = new FileStream(db, FileMode.Open, FileAccess.Write))
        {
            file.Position = file.Length / 2 / 16384 * 16384; // on a page boundary (the store writes 16 KiB pages)
            file.Write([.. Enumerable.Range(0, 256 * 1024).Select(i => (byte)(i * 7 % 253))]);
        }

        var before = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(db)));

        var result = command == "import" ? await _cli.RunAsync("import", "seed", "--db", "damaged.db") : await _cli.RunAsync("stats", "--db", "damaged.db");

        result.ExitCode.Should().NotBe(0);
        result.Error.Should().Contain("damaged.db").And.Contain("damaged").And.Contain("--db");
        result.Error.Should().NotContain("   at ", "no stack trace");
        Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(db))).Should().Be(before);
    }
}
