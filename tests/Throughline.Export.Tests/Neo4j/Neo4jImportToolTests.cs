using Throughline.Testing;
using System.IO.Compression;
using Throughline.Core.Storage;
using Throughline.Storage.Neo4j;

namespace Throughline.Export.Tests.Neo4j;

/// <summary>
/// The bulk path for a first load of a large graph (cypher/README.md, "Bulk load"): the export's CSV files through Neo4j
/// 3.1's real offline loader, bin/neo4j-import, into a fresh database, which a server then opens. The result must be the
/// graph the store writes when it imports the same records itself, node by node and property by property.
/// </summary>
public sealed class Neo4jImportToolTests
{
    /// <summary>The loader's options for the export's files (3.1 syntax; the Neo4j 5 form is in cypher/README.md).</summary>
    public static IReadOnlyList<string> ImportOptions(string directory) =>
    [
        "--nodes", Path.Combine(directory, "articles.csv"),
        "--nodes", Path.Combine(directory, "entities.csv"),
        "--nodes", Path.Combine(directory, "claims.csv"),
        "--relationships", Path.Combine(directory, "relations.csv"),
        "--relationships", Path.Combine(directory, "within.csv"),
        "--relationships", Path.Combine(directory, "cites.csv"),
        "--array-delimiter", "\u001F",
        "--multiline-fields", "true",
    ];

    [Neo4jFact]
    public async Task The_export_loaded_by_neo4j_import_is_the_graph_the_store_imports_itself()
    {
        var (sqlite, directory) = await Seed.OpenStoreAsync();
        await using var server = await PrivateNeo4jServer.StartAsync();
        using var raw = new RawGraph(server.Options.Uri, server.Options.User, server.Options.Password);
        await using (sqlite)
        {
            var zip = await Seed.ExportAsync(ExportFormat.Neo4jCsv, ExportScopes.WholeGraph(sqlite));
            var files = Path.Combine(directory, "neo4j-csv");
            ZipFile.ExtractToDirectory(new MemoryStream(zip), files);

            // What the store itself writes for the seed, the reference.
            List<string> importedRaw;
            await using (var neo4j = await Neo4jGraphStore.OpenAsync(server.Options))
            {
                (await neo4j.ApplyAsync(Seed.Batch)).Inserted.Should().BeGreaterThan(0);
                importedRaw = await raw.DumpAsync();
            }

            await server.BulkImportAsync(ImportOptions(files));
            var loadedRaw = await raw.DumpAsync();
            loadedRaw.Should().NotBeEmpty("the bulk-loaded database holds the seed");
            loadedRaw.Except(importedRaw).Should().BeEmpty("the bulk-loaded database has nothing the store's import lacks");
            importedRaw.Except(loadedRaw).Should().BeEmpty("the store's import has nothing the bulk-loaded database lacks");
            loadedRaw.Should().HaveCount(importedRaw.Count);

            // The store opens the loaded database (adding cypher/'s schema), reads it back as SQLite holds it, finds every
            // record unchanged (the hashes are right) and starts its version bookkeeping with the first write.
            await using var loaded = await Neo4jGraphStore.OpenAsync(server.Options);
            var expected = await sqlite.ReadAllAsync();
            var back = await loaded.ReadAllAsync();
            Neo4jBulkCsvTests.Compare("article", expected.Articles, back.Articles, a => a.Id).Should().BeEmpty();
            Neo4jBulkCsvTests.Compare("entity", expected.Entities, back.Entities, e => e.Id).Should().BeEmpty();
            Neo4jBulkCsvTests.Compare("relation", expected.Relations, back.Relations, r => r.Id).Should().BeEmpty();
            (await loaded.ApplyAsync(Seed.Batch)).Should().Be(new ImportResult(0, 0, Seed.Batch.Articles.Count + Seed.Batch.Entities.Count + Seed.Batch.Relations.Count));
            (await loaded.GetVersionAsync()).Should().Be(0, "a bulk load writes no GraphVersion node");
            var acme = new Core.Model.Entity("org/acme-bulk", "Acme Bulk", Core.Model.EntityKind.Organization, []);
            (await loaded.ApplyAsync(new ImportBatch([], [acme], []))).Inserted.Should().Be(1);
            (await loaded.GetVersionAsync()).Should().Be(1);
            (await loaded.GetChangesSinceAsync(0))!.Changed.Entities.Should().Equal(acme);
        }

        Directory.Delete(directory, recursive: true);
    }
}
