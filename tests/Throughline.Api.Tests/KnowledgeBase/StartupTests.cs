using Throughline.Api.Hosting;
using Throughline.Api.KnowledgeBase;
using Throughline.Api.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace Throughline.Api.Tests.KnowledgeBase;

public sealed class StartupTests
{
    [Fact]
    public async Task A_second_start_skips_the_unchanged_seed_and_keeps_what_mutations_changed()
    {
        var directory = Directory.CreateTempSubdirectory("throughline-api-restart-").FullName;
        var seedRelation = SeedFacts.Batch.Relations.First(r => r.Status == Core.Model.RelationStatus.Reported);
        try
        {
            await using (var first = await ApiServer.StartAsync(directory: directory))
            {
                (await first.PostAsync(
                    "mutation($id: ID!) { k: upsertEntity(input: {id: \"org/kept\", name: \"Kept\", kind: ORGANIZATION}) { id } s: setRelationStatus(id: $id, status: DISPUTED) { id } }",
                    new { id = seedRelation.Id },
                    apiKey: ApiServer.ApiKey)).Errors.Should().BeEmpty();
            }

            await using var second = await ApiServer.StartAsync(directory: directory);
            var seed = (await second.SendAsync(HttpMethod.Get, "/health")).Json.GetProperty("seed").GetString();
            seed.Should().Contain("import skipped");
            var data = (await second.PostAsync(
                "query($id: ID!) { entity(id: \"org/kept\") { name } relation(id: $id) { status } }", new { id = seedRelation.Id })).Data;
            data.GetProperty("entity").GetProperty("name").GetString().Should().Be("Kept");
            data.GetProperty("relation").GetProperty("status").GetString().Should().Be("DISPUTED", "an unchanged seed is not imported over the mutation");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task A_changed_seed_directory_is_imported_again()
    {
        var directory = Directory.CreateTempSubdirectory("throughline-api-reseed-").FullName;
        var seed = Path.Combine(directory, "seed-data");
        try
        {
            CopyDirectory(RepositoryPaths.SeedData, seed);
            var settings = new Dictionary<string, string?> { ["Throughline:SeedData"] = seed };
            await using (var first = await ApiServer.StartAsync(settings, directory))
            {
                (await first.SendAsync(HttpMethod.Get, "/health")).Json.GetProperty("seed").GetString().Should().Contain(" inserted");
            }

            var entities = Path.Combine(seed, "entities.yaml");
            var lines = File.ReadAllLines(entities);
            var at = Array.FindIndex(lines, l => l.TrimStart().StartsWith("description:", StringComparison.Ordinal));
            lines[at] = lines[at][..(lines[at].IndexOf(':') + 1)] + " A description changed by the test.";
            File.WriteAllLines(entities, lines);

            await using var second = await ApiServer.StartAsync(settings, directory);
            (await second.SendAsync(HttpMethod.Get, "/health")).Json.GetProperty("seed").GetString().Should().Contain(" 0 inserted, 1 updated");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task A_missing_seed_directory_stops_start_up_with_a_clear_error()
    {
        var directory = Directory.CreateTempSubdirectory("throughline-api-noseed-").FullName;
        try
        {
            var start = () => ApiApplication.CreateAsync([], builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["urls"] = "http://127.0.0.1:0",
                ["Throughline:Database"] = Path.Combine(directory, "kb.db"),
                ["Throughline:SeedData"] = "no-such-seed-directory-anywhere",
            }));
            (await start.Should().ThrowAsync<StartupException>()).Which.Message.Should().Contain("no-such-seed-directory-anywhere").And.Contain("THROUGHLINE_SEED_DATA");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task An_unsupported_store_is_named_in_the_start_up_error()
    {
        var start = () => ApiApplication.CreateAsync([], builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Throughline:Store"] = "cassandra",
        }));
        (await start.Should().ThrowAsync<StartupException>()).Which.Message.Should().Contain("cassandra");
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public void The_seed_fingerprint_changes_when_a_file_changes()
    {
        var directory = Directory.CreateTempSubdirectory("throughline-seed-hash-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(directory, "entities.yaml"), "- id: org/a\n");
            var before = SeedDirectory.Fingerprint(directory);
            File.WriteAllText(Path.Combine(directory, "entities.yaml"), "- id: org/b\n");
            SeedDirectory.Fingerprint(directory).Should().NotBe(before);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
