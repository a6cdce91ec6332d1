using System.Net;
using System.Text.Json;
using Throughline.Api.Tests.Support;
using Throughline.Core.Model;
using Throughline.Core.Storage;
using Throughline.Storage.Sqlite;

namespace Throughline.Api.Tests.KnowledgeBase;

/// <summary>
/// The real API on Kestrel while a second store instance writes to its SQLite file, as `throughline import` or a second
/// API process would: the API serves the write, and each response reads one version of the graph.
/// </summary>
public sealed class FreshnessTests
{
    private const string Supplies = "intel-supplies-hikvision";

    /// <summary>Every route Intel → Hikvision (two hops at most), the relations of each hop, and the supply claim itself.</summary>
    private const string RoutesAndClaim = """
        {
          paths(from: {ids: ["org/intel"]}, to: {ids: ["org/hikvision"]}, options: {maxHops: 2}, first: 50) {
            edges { node { hops { relations { id status } } } }
          }
          relation(id: "intel-supplies-hikvision") { status }
        }
        """;

    [SqliteFact("a second SqliteGraphStore writes to the API's file behind its back; over Neo4j, Neo4jReplicaTests has a second API process write")]
    public async Task A_relation_another_process_denies_is_gone_from_the_next_response_and_health_shows_no_lag()
    {
        await using var server = await ApiServer.StartAsync();
        await using var other = await SqliteGraphStore.OpenAsync(server.DatabasePath);
        RouteRelations(await server.PostAsync(RoutesAndClaim)).Should().Contain(Supplies);

        await SetStatusAsync(other, RelationStatus.Denied);
        var after = await server.PostAsync(RoutesAndClaim);

        after.Errors.Should().BeEmpty();
        after.Data.GetProperty("relation").GetProperty("status").GetString().Should().Be("DENIED");
        RouteRelations(after).Should().NotContain(Supplies);
        var index = (await server.SendAsync(HttpMethod.Get, "/health")).Json.GetProperty("index");
        index.GetProperty("version").GetInt64().Should().Be(await other.GetVersionAsync());
        index.GetProperty("versionsBehind").GetInt64().Should().Be(0);
    }

    [SqliteFact("a second SqliteGraphStore writes to the API's file behind its back; over Neo4j, Neo4jReplicaTests has a second API process write")]
    public async Task A_restarted_api_serves_what_another_process_wrote_while_it_was_down()
    {
        var directory = Directory.CreateTempSubdirectory("throughline-api-restart-").FullName;
        try
        {
            await using (var first = await ApiServer.StartAsync(directory: directory))
            {
                RouteRelations(await first.PostAsync(RoutesAndClaim)).Should().Contain(Supplies);
            }

            await using (var other = await SqliteGraphStore.OpenAsync(Path.Combine(directory, "throughline.db")))
            {
                await SetStatusAsync(other, RelationStatus.Retracted);
            }

            await using var second = await ApiServer.StartAsync(directory: directory);
            var response = await second.PostAsync(RoutesAndClaim);

            response.Data.GetProperty("relation").GetProperty("status").GetString().Should().Be("RETRACTED");
            RouteRelations(response).Should().NotContain(Supplies);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [SqliteFact("a second SqliteGraphStore writes to the API's file behind its back; over Neo4j, Neo4jReplicaTests has a second API process write")]
    public async Task Under_concurrent_writes_no_hop_lists_a_relation_that_does_not_qualify_and_siblings_agree()
    {
        await using var server = await ApiServer.StartAsync();
        await using var other = await SqliteGraphStore.OpenAsync(server.DatabasePath);
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            for (var i = 0; i < 60; i++)
            {
                await SetStatusAsync(other, i % 2 == 0 ? RelationStatus.Denied : RelationStatus.Confirmed);
            }
        });
        var problems = new List<string>();
        var responses = 0;
        // do-while: on a quiet machine the 60 writes can finish before a reader's first response; each reader still reads once.
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            do
            {
                var response = await server.PostAsync(RoutesAndClaim);
                lock (problems)
                {
                    responses++;
                    problems.AddRange(Problems(response));
                }
            }
            while (!writer.IsCompleted);
        })).ToList();

        await writer;
        await Task.WhenAll(readers);

        responses.Should().BeGreaterThan(0);
        problems.Should().BeEmpty();
    }

    /// <summary>What makes a response inconsistent: a non-qualifying relation in a hop, an empty hop, or a hop using the
    /// supply claim while the sibling field reads it as denied.</summary>
    private static IEnumerable<string> Problems(ApiResponse response)
    {
        if (response.Status != HttpStatusCode.OK || response.Errors.Count > 0)
        {
            yield return $"{response.Status}: {response.Text}";
            yield break;
        }

        var claim = response.Data.GetProperty("relation").GetProperty("status").GetString();
        foreach (var hop in Hops(response))
        {
            var relations = hop.GetProperty("relations").EnumerateArray().ToList();
            if (relations.Count == 0)
            {
                yield return "a hop without relations";
            }

            foreach (var relation in relations)
            {
                var (id, status) = (relation.GetProperty("id").GetString(), relation.GetProperty("status").GetString());
                if (status is "DENIED" or "RETRACTED")
                {
                    yield return $"hop lists {id} with status {status}";
                }

                if (id == Supplies && status != claim)
                {
                    yield return $"hop reads {id} as {status} while the sibling field reads {claim}";
                }
            }
        }
    }

    private static IEnumerable<JsonElement> Hops(ApiResponse response) =>
        response.Data.GetProperty("paths").GetProperty("edges").EnumerateArray()
            .SelectMany(e => e.GetProperty("node").GetProperty("hops").EnumerateArray());

    private static List<string> RouteRelations(ApiResponse response) =>
        [.. Hops(response).SelectMany(h => h.GetProperty("relations").EnumerateArray()).Select(r => r.GetProperty("id").GetString()!)];

    private static async Task SetStatusAsync(IGraphStore store, RelationStatus status)
    {
        var relation = (await store.GetRelationAsync(Supplies))!;
        await store.ApplyAsync(new ImportBatch([], [], [relation with { Status = status, Confidence = status.DefaultConfidence() }]));
    }
}
