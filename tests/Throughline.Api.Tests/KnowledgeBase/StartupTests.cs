using Throughline.Api.Hosting;
using Throughline.Api.KnowledgeBase;
using Throughline.Api.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace Throughline.Api.Tests.KnowledgeBase;

public sealed class StartupTests
{
    [Fact]
    public async Task A_second_start_reuses_the_database_and_keeps_what_mutations_added()
    {
        var directory = Directory.CreateTempSubdirectory("throughline-api-restart-").FullName;
        try
        {
            await using (var first = await ApiServer.StartAsync(directory: directory))
            {
                (await first.PostAsync(
                    "mutation { upsertEntity(input: {id: \"org/kept\", name: \"Kept\", kind: ORGANIZATION}) { id } }",
                    apiKey: ApiServer.ApiKey)).Errors.Should().BeEmpty();
            }

            await using var second = await ApiServer.StartAsync(directory: directory);
            var seed = (await second.SendAsync(HttpMethod.Get, "/health")).Json.GetProperty("seed").GetString();
            seed.Should().Contain(" 0 inserted, 0 updated").And.Contain($"{SeedFacts.Batch.Articles.Count + SeedFacts.Batch.Entities.Count + SeedFacts.Batch.Relations.Count} unchanged");
            (await second.PostAsync("{ entity(id: \"org/kept\") { name } }")).Data.GetProperty("entity").GetProperty("name").GetString().Should().Be("Kept");
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
