using System.Net;
using Throughline.Api.Tests.Support;

namespace Throughline.Api.Tests.Health;

[Collection(SharedServerCollection.Name)]
public sealed class HealthTests(SharedServer shared)
{
    [Fact]
    public async Task Health_reports_the_store_and_the_seed_counts()
    {
        var response = await shared.Server.SendAsync(HttpMethod.Get, "/health");
        response.Status.Should().Be(HttpStatusCode.OK);
        response.MediaType.Should().Be("application/json");
        var json = response.Json;
        json.GetProperty("status").GetString().Should().Be("ok");
        json.GetProperty("store").GetString().Should().Be(TestStore.IsNeo4j ? "neo4j" : "sqlite");
        var counts = json.GetProperty("counts");
        counts.GetProperty("entities").GetInt32().Should().Be(SeedFacts.Batch.Entities.Count);
        counts.GetProperty("relations").GetInt32().Should().Be(SeedFacts.Batch.Relations.Count);
        counts.GetProperty("articles").GetInt32().Should().Be(SeedFacts.Batch.Articles.Count);
        counts.GetProperty("evidence").GetInt32().Should().Be(SeedFacts.Batch.EvidenceCount);
        response.Text.Should().NotContain(shared.Server.Directory, "no internal path reaches a client").And.NotContain(RepositoryPaths.Root);
    }
}
