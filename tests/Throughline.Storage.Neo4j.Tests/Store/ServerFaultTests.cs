using Throughline.Testing;
using Throughline.Core.Model;
using Throughline.Core.Storage;
using Throughline.Storage.Neo4j.Tests.Support;

namespace Throughline.Storage.Neo4j.Tests.Store;

/// <summary>A real server going away and coming back: clear errors, degraded health, and recovery of the same store object.</summary>
[Collection(Neo4jCollection.Name)]
public sealed class ServerFaultTests
{
    [Neo4jFact]
    public async Task A_stopped_server_gives_a_clear_error_and_degraded_health_and_the_same_store_recovers_after_a_restart()
    {
        await using var server = await PrivateNeo4jServer.StartAsync();
        var options = server.Options with { MaxRetries = 1, RetryBaseDelay = TimeSpan.FromMilliseconds(50) };
        await using var store = await Neo4jGraphStore.OpenAsync(options);
        var entity = new Entity("org/acme", "Acme", EntityKind.Organization, []);
        await store.ApplyAsync(new ImportBatch([], [entity], []));
        (await store.CheckAsync()).Reachable.Should().BeTrue();

        await server.StopAsync();
        var read = () => store.GetEntitiesAsync(["org/acme"]);
        var error = (await read.Should().ThrowAsync<Neo4jUnavailableException>()).Which;
        var degraded = await store.CheckAsync();

        error.Message.Should().Contain(options.Uri.ToString()).And.Contain("unreachable");
        degraded.Reachable.Should().BeFalse();
        degraded.Error.Should().Contain("unreachable");

        await server.ResumeAsync();
        var healthy = await store.CheckAsync();

        healthy.Should().BeEquivalentTo(new { Reachable = true, Protocol = "transactional", ServerVersion = "3.1.1", Error = (string?)null });
        (await store.GetEntitiesAsync(["org/acme"])).Should().Equal(entity);
    }
}
