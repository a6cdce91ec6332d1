using System.Diagnostics;
using System.Globalization;
using Throughline.Benchmarks.Paths;
using Throughline.Core.Index;
using Throughline.Core.Storage;
using Throughline.Storage.Sqlite;

namespace Throughline.Benchmarks.Storage;

/// <summary>
/// <c>dotnet Throughline.Benchmarks.dll import-figures</c>: the store side of start-up, one step after the other in one
/// process on the bench graph (BenchGraph's size, with articles and one quote per relation): the import into a fresh
/// SQLite file (one transaction); the path index built from that file, as the API does when it starts (the first open
/// also saves an image of the index); the next open, which reads that image; the first open split into its steps (rows
/// read, index built, image made, image saved); and the whole graph streamed back (what every export reads). Each step
/// as wall time and process CPU time (all threads), with the load average, so a run of this build and one of an older
/// build (a worktree at the older commit) can be set side by side. Only public API, so the same file compiles against
/// older commits. The file goes under THROUGHLINE_BENCH_DIR (default: the temp directory) and is deleted afterwards.
/// </summary>
internal static class ImportFigures
{
    public static async Task RunAsync()
    {
        var graph = BenchGraph.Generate(withArticles: true);
        var batch = new ImportBatch(graph.Articles, graph.Entities, graph.Relations);
        var directory = Directory.CreateDirectory(Path.Combine(
            Environment.GetEnvironmentVariable("THROUGHLINE_BENCH_DIR") ?? Path.GetTempPath(),
            $"import-figures-{Guid.NewGuid():N}")).FullName;
        var file = Path.Combine(directory, "bench.db");
        try
        {
            Load("before the import");
            await using (var store = await SqliteGraphStore.OpenAsync(file))
            {
                await Step("import (one transaction, fresh file)", batch.Relations.Count, () => store.ApplyAsync(batch));
            }

            graph = null;
            batch = null;
            GC.Collect();
            Load("after the import");
            await OpenIndexAsync(file, "index build from the store (IndexedGraph.OpenAsync)");
            GC.Collect();
            // The same open again: the image the first one saved is read instead of the rows.
            await OpenIndexAsync(file, "index open from its saved image (IndexedGraph.OpenAsync again)");

            // What the first open is made of, step by step on one store: rows read, index built, image made, image saved.
            GC.Collect();
            await using (var store = await SqliteGraphStore.OpenAsync(file))
            {
                GraphIndexRows? rows = null;
                GraphIndex? index = null;
                IndexImage? image = null;
                var version = await store.GetVersionAsync();
                await Step("  of which: index rows read (ReadIndexRowsAsync)", BenchGraph.Relations, async () => rows = await store.ReadIndexRowsAsync());
                await Step("  of which: index built from the rows (GraphIndexRows.Build)", BenchGraph.Relations, () => Task.FromResult(index = rows!.Build()));
                await Step("  of which: image made (GraphIndex.ToImage)", BenchGraph.Relations, () => Task.FromResult(image = index!.ToImage(version)));
                await Step("  of which: image saved (SaveIndexImageAsync)", BenchGraph.Relations, () => store.SaveIndexImageAsync(image!));
                Console.WriteLine($"// image {image!.Parts.Sum(p => (long)p.Length) / 1e6:F0} MB in {image.Parts.Count} parts");
            }

            GC.Collect();
            await using (var store = await SqliteGraphStore.OpenAsync(file))
            {
                long records = 0;
                await Step("stream the whole graph (StreamAllAsync, no writer)", BenchGraph.Relations, async () =>
                {
                    await foreach (var _ in store.StreamAllAsync())
                    {
                        records++;
                    }

                    return records;
                });
            }

            Console.WriteLine($"// file {new FileInfo(file).Length / 1e6:F0} MB");
            Load("at the end");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task OpenIndexAsync(string file, string name)
    {
        await using var store = await SqliteGraphStore.OpenAsync(file);
        IndexedGraph? indexed = null;
        await Step(name, BenchGraph.Relations, async () => indexed = await IndexedGraph.OpenAsync(store, null, Timeout.InfiniteTimeSpan));
        Console.WriteLine($"// index: {indexed!.Index.EntityCount} entities, {indexed.Index.RelationCount} relations");
    }

    private static async Task Step<T>(string name, int relations, Func<Task<T>> work)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await work();
        var wall = clock.Elapsed.TotalSeconds;
        var seconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: wall {wall:F2} s, process CPU {seconds:F2} s; {relations / wall / 1e3:F0}k relations/s, " +
            $"{relations / seconds / 1e3:F0}k relations/CPU-s"));
    }

    private static void Load(string when) =>
        Console.WriteLine($"// load average {when}: {File.ReadAllText("/proc/loadavg").Trim()}");
}
