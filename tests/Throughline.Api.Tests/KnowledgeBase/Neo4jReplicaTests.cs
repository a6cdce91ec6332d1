using System.Diagnostics;
using System.Text.Json;
using Throughline.Api.Tests.Support;
using Xunit.Abstractions;

namespace Throughline.Api.Tests.KnowledgeBase;

/// <summary>
/// Two API processes over one Neo4j, each answering path queries from its own in-memory index: a write through one
/// reaches the other's path queries through the graph version and change feed, with no request to the other needed,
/// and each one's /health names the version it serves and its lag.
/// </summary>
[Collection(Neo4jApiCollection.Name)]
public sealed class Neo4jReplicaTests(ITestOutputHelper output)
{
    private const string Routes = """
        { paths(from: {ids: ["org/intel"]}, to: {ids: ["project/tacheng-safe-city"]}, options: {maxHops: 2}, first: 50) {
            edges { node { entities { id } } } } }
        """;

    [Neo4jFact]
    public async Task A_relation_added_through_one_api_process_reaches_the_path_queries_of_another()
    {
        await TestStore.ClearNeo4jAsync();
        var environment = new Dictionary<string, string>
        {
            ["THROUGHLINE_STORE"] = "neo4j",
            ["NEO4J_URI"] = TestStore.Neo4jOptions.Uri.ToString(),
            ["NEO4J_USER"] = TestStore.Neo4jOptions.User,
            ["NEO4J_PASSWORD"] = TestStore.Neo4jOptions.Password,
        };
        await using var writer = await ApiProcess.StartAsync(environment);
        await using var reader = await ApiProcess.StartAsync(environment);
        (await reader.HealthAsync()).GetProperty("seed").GetString().Should().Contain("import skipped", "the first process imported this seed version");
        RoutesOf(await reader.PostAsync(Routes)).Should().NotContain("org/intel>project/tacheng-safe-city");
        var article = SeedFacts.Batch.Articles.Where(a => a.Text is not null).OrderBy(a => a.Id, StringComparer.Ordinal).First();
        var quote = article.Text!.Split('.', StringSplitOptions.TrimEntries).First(s => s.Length > 40 && !s.Contains('\n'));

        var added = await writer.PostAsync("""
            mutation($article: ID!, $quote: String!) {
              addRelation(input: {
                id: "intel-contractor-for-tacheng-replica", type: CONTRACTOR_FOR, from: "org/intel", to: "project/tacheng-safe-city",
                evidence: [{ article: $article, quote: $quote }]
              }) { id }
            }
            """, new { article = article.Id, quote }, withKey: true);
        var clock = Stopwatch.StartNew();
        added.TryGetProperty("errors", out _).Should().BeFalse(added.ToString());
        while (!RoutesOf(await reader.PostAsync(Routes)).Contains("org/intel>project/tacheng-safe-city"))
        {
            clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30), "the reader polls the graph version; it never saw the write");
            await Task.Delay(20);
        }

        output.WriteLine($"visible on the other process after {clock.ElapsedMilliseconds} ms");
        var writerIndex = (await writer.HealthAsync()).GetProperty("index");
        var readerHealth = await reader.HealthAsync();
        var readerIndex = readerHealth.GetProperty("index");
        readerHealth.GetProperty("store").GetString().Should().Be("neo4j");
        readerIndex.GetProperty("version").GetInt64().Should().Be(writerIndex.GetProperty("version").GetInt64());
        readerIndex.GetProperty("versionsBehind").GetInt64().Should().Be(0);
        readerIndex.GetProperty("lagMilliseconds").GetInt64().Should().Be(0);
    }

    private static List<string> RoutesOf(JsonElement response) =>
        [.. response.GetProperty("data").GetProperty("paths").GetProperty("edges").EnumerateArray()
            .Select(e => string.Join(">", e.GetProperty("node").GetProperty("entities").EnumerateArray().Select(x => x.GetProperty("id").GetString())))];
}

/// <summary>Tests that clear and fill the shared Neo4j test database run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class Neo4jApiCollection
{
    public const string Name = "Neo4j API processes";
}
