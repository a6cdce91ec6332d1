using Throughline.Testing;
using Throughline.Core.Index;
using Throughline.Core.Paths;
using Throughline.Core.Storage;
using Throughline.Storage.Neo4j;

namespace Throughline.Export.Tests.Neo4j;

public sealed class Neo4jBulkCsvTests
{
    [Neo4jFact]
    public async Task Loaded_into_Neo4j_the_export_is_the_graph_the_store_imports_and_reads_back_field_by_field()
    {
        var (sqlite, directory) = await Seed.OpenStoreAsync();
        await using var server = await PrivateNeo4jServer.StartAsync();
        using var raw = new RawGraph(server.Options.Uri, server.Options.User, server.Options.Password);
        await using (sqlite)
        {
            var zip = await Seed.ExportAsync(ExportFormat.Neo4jCsv, ExportScopes.WholeGraph(sqlite));
            // Opening the store on the empty database applies cypher/'s schema (constraints) before the load.
            await using var neo4j = await Neo4jGraphStore.OpenAsync(server.Options);
            await CsvLoader.LoadAsync(zip, server.ImportDirectory, server.Options.Uri, server.Options.User, server.Options.Password);
            var loadedRaw = await raw.DumpAsync();

            // The store reads back every record exactly as SQLite holds it, field by field (evidence items included).
            var expected = await sqlite.ReadAllAsync();
            var loaded = await neo4j.ReadAllAsync();
            Compare("article", expected.Articles, loaded.Articles, a => a.Id).Should().BeEmpty();
            Compare("entity", expected.Entities, loaded.Entities, e => e.Id).Should().BeEmpty();
            Compare("relation", expected.Relations, loaded.Relations, r => r.Id).Should().BeEmpty();

            // Same routes through the Cypher path queries as through the embedded engine: the derived keys are right, and
            // so are the relationships' independent-source counts and contested flags, which only the path statements read.
            var index = new PathEngine(GraphIndex.Build(expected));
            var intel = new EntitySelector(Names: ["Intel"]);
            var xinjiang = new EntitySelector(Kinds: [Core.Model.EntityKind.Project], LocatedIn: ["Xinjiang"]);
            PathQuery[] queries =
            [
                new(intel, xinjiang, new PathOptions(MaxHops: 4), First: 50),
                new(intel, xinjiang, new PathOptions(MaxHops: 4, MinIndependentSources: 2), First: 50),
                new(new EntitySelector(Ids: ["org/hpe"]), new EntitySelector(Ids: ["org/new-h3c"]), new PathOptions(MaxHops: 2, MinIndependentSources: 2), First: 50),
            ];
            var routes = new List<int>();
            foreach (var query in queries)
            {
                var embedded = await index.FindPathsAsync(query);
                var cypher = await neo4j.FindPathsAsync(query);
                cypher.Edges.Select(Route).Should().Equal(embedded.Edges.Select(Route), query.ToString());
                cypher.Edges.Select(Contested).Should().Equal(embedded.Edges.Select(Contested), query.ToString());
                routes.Add(embedded.Edges.Count);
            }

            routes[0].Should().BeGreaterThan(routes[1], "the source-count filter removes routes, so the loaded counts are tested");
            routes[2].Should().BeGreaterThan(0, "HPE's stake in New H3C has two independent sources");
            (await neo4j.GetRelationsCitingManyAsync(["blog-american-tech-police-state"]))["blog-american-tech-police-state"].Should().NotBeEmpty();

            var again = await neo4j.ApplyAsync(Seed.Batch);
            again.Should().Be(new ImportResult(0, 0, Seed.Batch.Articles.Count + Seed.Batch.Entities.Count + Seed.Batch.Relations.Count));

            // And the database holds exactly what the store writes when it imports the same batch itself: every node,
            // label, relationship and property, hashes, search keys, sources and contested flags included.
            await raw.ClearAsync();
            (await neo4j.ApplyAsync(Seed.Batch)).Inserted.Should().BeGreaterThan(0);
            var importedRaw = await raw.DumpAsync();
            loadedRaw.Except(importedRaw).Should().BeEmpty("the bulk-loaded database has nothing the store's import lacks");
            importedRaw.Except(loadedRaw).Should().BeEmpty("the store's import has nothing the bulk-loaded database lacks");
            loadedRaw.Should().HaveCount(importedRaw.Count);
        }

        Directory.Delete(directory, recursive: true);
    }

    private static string Route(PathEdge edge) => string.Join(">", edge.Path.EntityIds);

    private static string Contested(PathEdge edge) => string.Join(",", edge.Path.Hops.Select(h => h.Contested));

    /// <summary>Each record of <paramref name="expected"/> against the one of the same id, field by field (also used by <see cref="Neo4jImportToolTests"/>).</summary>
    internal static List<string> Compare<T>(string what, IReadOnlyList<T> expected, IReadOnlyList<T> actual, Func<T, string> id)
    {
        var found = new List<string>();
        var byId = actual.ToDictionary(id, StringComparer.Ordinal);
        found.AddRange(byId.Keys.Except(expected.Select(id), StringComparer.Ordinal).Select(extra => $"{what} {extra}: not in the store"));
        foreach (var record in expected)
        {
            found.AddRange(byId.TryGetValue(id(record), out var back)
                ? FieldComparison.Differences(record, back, $"{what} {id(record)}")
                : [$"{what} {id(record)}: missing"]);
        }

        return found;
    }
}
