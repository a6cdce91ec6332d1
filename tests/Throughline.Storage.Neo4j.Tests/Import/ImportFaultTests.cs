using Throughline.Testing;
using Throughline.Core.Storage;
using Throughline.Storage.Neo4j.Tests.Support;

namespace Throughline.Storage.Neo4j.Tests.Import;

/// <summary>
/// The server stops while a large import is being written (between chunks, or at an arbitrary moment inside one): the
/// import fails with a clear error, and once the server is back the store holds the old graph or the new one, never a
/// mix, with no bookkeeping left; the next import succeeds.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class ImportFaultTests
{
    [Neo4jFact]
    public async Task A_server_stopped_during_an_import_leaves_the_old_graph_or_the_new_one_and_the_next_import_succeeds()
    {
        await using var server = await PrivateNeo4jServer.StartAsync();
        var options = ImportGraphs.Chunked(server.Options) with { MaxRetries = 1, RetryBaseDelay = TimeSpan.FromMilliseconds(50) };
        await using (var first = await Neo4jGraphStore.OpenAsync(options))
        {
            await first.ApplyAsync(ImportGraphs.Old);
        }

        // After the first chunk (synchronously, between chunks), and in the background after a late one, so the stop lands
        // wherever the import then is: inside a chunk, in the undo, in or after the publish (12 steps in all).
        foreach (var (step, inBackground) in new[] { (1, false), (10, true) })
        {
            var store = await Neo4jGraphStore.OpenAsync(options);
            Task stopping = Task.CompletedTask;
            var stop = new FailAtStep(step, () =>
            {
                if (inBackground)
                {
                    stopping = Task.Run(server.StopAsync);
                }
                else
                {
                    server.StopAsync().GetAwaiter().GetResult();
                }
            });
            var import = () => store.ApplyAsync(ImportGraphs.New, stop);

            var error = await Record.ExceptionAsync(import);
            await stopping;
            await store.DisposeAsync();
            if (error is not null)
            {
                error.Should().BeAssignableTo<GraphStoreException>();
                error!.Message.Should().Contain(options.Uri.ToString()).And.Contain("the import");
            }

            await server.ResumeAsync();
            await using var reopened = await Neo4jGraphStore.OpenAsync(options);
            var snapshot = await reopened.ReadAllAsync();
            // A stop during the publishing transaction may land after its commit: then the whole import stands.
            var published = snapshot.Relations.SequenceEqual(ImportGraphs.OldThenNew.Relations);
            var expected = published ? ImportGraphs.OldThenNew : ImportGraphs.OldSnapshot;
            (error is null || !published || error.Message.Contains("while being published", StringComparison.Ordinal))
                .Should().BeTrue($"stopped at step {step}, the import reported: {error?.Message}");
            snapshot.Relations.Should().Equal(expected.Relations, $"stopped at step {step}: {error?.Message}");
            snapshot.Entities.Should().Equal(expected.Entities);
            snapshot.Articles.Should().Equal(expected.Articles);
            (await ImportGraphs.BookkeepingLeftAsync(options)).Should().Be(0);
            if (published)
            {
                await TestServer.ClearAsync(reopened);
                await reopened.ApplyAsync(ImportGraphs.Old);
            }
        }

        await using var last = await Neo4jGraphStore.OpenAsync(options);
        await last.ApplyAsync(ImportGraphs.New);
        await ImportGraphs.ShouldHoldAsync(last, ImportGraphs.OldThenNew);
    }
}
