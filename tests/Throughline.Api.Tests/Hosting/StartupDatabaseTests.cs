using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Throughline.Api.Tests.Support;
using Throughline.Storage.Sqlite;

namespace Throughline.Api.Tests.Hosting;

/// <summary>
/// Finding 7 of issue 10, the database side: the real API process started on a file of a newer schema stops with one
/// line and leaves the file as it was; on a file nobody may write it serves the graph as it is, and changes nothing.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // file permission bits are how a file is made read-only here
public sealed class StartupDatabaseTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("throughline-startup-db-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task A_database_of_a_newer_schema_is_one_line_naming_the_file_and_the_file_is_left_as_it_was()
    {
        var db = Path.Combine(_directory, "newer.db");
        await using (await SqliteGraphStore.OpenAsync(db))
        {
        }

        Execute(db, "INSERT INTO schema_version (version, applied_at) SELECT max(version) + 1, '2099-01-01T00:00:00Z' FROM schema_version");
        var before = Hash(db);

        var (exit, stderr, stdout) = await StartupFailureTests.RunApiAsync(_directory, "--urls", "http://127.0.0.1:0", "--db", db);
        var output = stderr + stdout;

        exit.Should().NotBe(0);
        output.Should().Contain("newer.db").And.Contain("newer Throughline");
        output.Should().NotContain("   at ", "no stack trace").And.NotContain("Unhandled exception");
        output.Split('\n').Count(l => l.Contains("throughline-api:", StringComparison.Ordinal)).Should().Be(1, output);
        Hash(db).Should().Be(before);
    }

    [Fact]
    public async Task A_seeded_database_nobody_may_write_is_served_as_it_is()
    {
        var db = Path.Combine(_directory, "seeded.db");
        var environment = new Dictionary<string, string> { ["THROUGHLINE_DB"] = db };
        await using (var first = await ApiProcess.StartAsync(environment))
        {
            (await first.HealthAsync()).GetProperty("status").GetString().Should().Be("ok");
        }

        File.SetUnixFileMode(db, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var before = Hash(db);

        await using (var api = await ApiProcess.StartAsync(environment))
        {
            var health = await api.HealthAsync();
            var answer = await api.PostAsync($"{{ entity(id: \"org/intel\") {{ name }} }}");
            var write = await api.PostAsync(
                "mutation { upsertEntity(input: {id: \"org/read-only-probe\", name: \"Probe\", kind: ORGANIZATION}) { id } }", withKey: true);

            health.GetProperty("status").GetString().Should().Be("ok", api.Output);
            answer.GetProperty("data").GetProperty("entity").GetProperty("name").GetString().Should().Be("Intel");
            write.GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain("read-only");
            api.Output.Should().NotContain("   at ", "no stack trace");
        }

        Hash(db).Should().Be(before);
    }

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
