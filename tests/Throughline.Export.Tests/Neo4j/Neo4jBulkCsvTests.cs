using Throughline.Core.Index;
using Throughline.Core.Paths;
using Throughline.Core.Storage;
using Throughline.Storage.Neo4j;

namespace Throughline.Export.Tests.Neo4j;

public sealed class Neo4jBulkCsvTests
{
    // Skipped, and the reason is a real gap: the Neo4j store now keeps evidence model 2's fields (unnamed, role, channel,
    // quantity, amount qualifiers, stances, speakers, origins, sources/contested), and Writers/Neo4jRows.cs and
    // Neo4jCsvWriter.cs do not write them yet, so a database loaded from this export would lack them. Issue 13 stays open for it.
    [Neo4jFact(Skip = "the Neo4j bulk CSV does not yet carry evidence model 2's fields that the Neo4j store keeps (issue 13)")]
    public async Task Loaded_into_Neo4j_the_export_reads_back_as_the_store_and_a_reimport_finds_every_record_unchanged()
    {
        var (sqlite, directory) = await Seed.OpenStoreAsync();
        await using var server = await OwnNeo4jServer.StartAsync();
        await using (sqlite)
        {
            var zip = await Seed.ExportAsync(ExportFormat.Neo4jCsv, ExportScopes.WholeGraph(sqlite));
            // Opening the store on the empty database applies cypher/'s schema (constraints) before the load.
            await using var neo4j = await Neo4jGraphStore.OpenAsync(server.Options);
            await CsvLoader.LoadAsync(zip, server.ImportDirectory, server.Options.Uri, server.Options.User, server.Options.Password);

            var expected = await sqlite.ReadAllAsync();
            var loaded = await neo4j.ReadAllAsync();
            var loadedArticles = loaded.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
            loadedArticles.Keys.Should().BeEquivalentTo(expected.Articles.Select(a => a.Id));
            foreach (var article in expected.Articles)
            {
                var back = loadedArticles[article.Id];
                (back.Title, back.Outlet, back.Url, back.Published, back.Republishes).Should().Be((article.Title, article.Outlet, article.Url, article.Published, article.Republishes), article.Id);
                back.Authors.Should().Equal(article.Authors, article.Id);
                back.Cites.Should().Equal(article.Cites, article.Id);
                back.Text.Should().Be(article.Text, article.Id);
            }

            loaded.Entities.OrderBy(e => e.Id, StringComparer.Ordinal).Should().Equal(expected.Entities.OrderBy(e => e.Id, StringComparer.Ordinal));
            loaded.Relations.OrderBy(r => r.Id, StringComparer.Ordinal).Should().Equal(expected.Relations.OrderBy(r => r.Id, StringComparer.Ordinal));

            // Same routes through the Cypher path queries as through the embedded engine: the derived keys are right.
            var query = new PathQuery(new EntitySelector(Names: ["Intel"]), new EntitySelector(Kinds: [Core.Model.EntityKind.Project], LocatedIn: ["Xinjiang"]), new PathOptions(MaxHops: 4), First: 50);
            var embedded = await new PathEngine(GraphIndex.Build(expected)).FindPathsAsync(query);
            var cypher = await neo4j.FindPathsAsync(query);
            cypher.Edges.Select(e => string.Join(">", e.Path.EntityIds)).Should().Equal(embedded.Edges.Select(e => string.Join(">", e.Path.EntityIds)));
            (await neo4j.GetRelationsCitingManyAsync(["blog-american-tech-police-state"]))["blog-american-tech-police-state"].Should().NotBeEmpty();

            var again = await neo4j.ApplyAsync(Seed.Batch);
            again.Should().Be(new ImportResult(0, 0, Seed.Batch.Articles.Count + Seed.Batch.Entities.Count + Seed.Batch.Relations.Count));
        }

        Directory.Delete(directory, recursive: true);
    }
}
