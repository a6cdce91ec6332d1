using System.Diagnostics;
using System.Globalization;
using Throughline.Benchmarks.Paths;
using Throughline.Core.Storage;
using Throughline.Export;
using Throughline.Storage.Sqlite;

namespace Throughline.Benchmarks.Export;

/// <summary>
/// `export-figures [format …]`: the whole bench graph (BenchGraph's size, with articles and quotes) exported from a SQLite
/// file in each format, each in a fresh child process (`export-one`) so its peak memory is its own: wall time, process CPU
/// time (all threads), relations per CPU-second, bytes written, resident memory before the export and at its peak
/// (VmHWM). `read` is the baseline: the store's stream consumed with no writer. The file is built once and reused
/// (THROUGHLINE_BENCH_DB, default under the temp directory); the output is discarded after counting.
/// </summary>
public static class ExportFigures
{
    private static readonly string[] AllFormats = ["read", "csv-edges", "csv-nodes", "csv-evidence", "csv", "graphml", "gexf", "cytoscape", "dot", "ftm", "neo4j"];

    public static async Task RunAsync(string[] formats)
    {
        var file = Environment.GetEnvironmentVariable("THROUGHLINE_BENCH_DB")
            ?? Path.Combine(Path.GetTempPath(), "throughline-bench", $"export-{BenchGraph.Entities}x{BenchGraph.Relations}.db");
        if (!File.Exists(file))
        {
            await BuildAsync(file);
        }

        Console.WriteLine($"// EXPORT-FIGURES {file} ({new FileInfo(file).Length / 1e6:F0} MB); load average {File.ReadAllText("/proc/loadavg").Trim()}");
        foreach (var format in formats.Length > 0 ? formats : AllFormats)
        {
            var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var arg in Environment.GetCommandLineArgs()[0].EndsWith(".dll", StringComparison.Ordinal) ? [Environment.GetCommandLineArgs()[0]] : Array.Empty<string>())
            {
                start.ArgumentList.Add(arg);
            }

            start.ArgumentList.Add("export-one");
            start.ArgumentList.Add(file);
            start.ArgumentList.Add(format);
            using var child = Process.Start(start)!;
            Console.WriteLine(await child.StandardOutput.ReadToEndAsync());
            await child.WaitForExitAsync();
        }
    }

    /// <summary>One export in this process, printed as one line.</summary>
    public static async Task RunOneAsync(string file, string format)
    {
        await using var store = await SqliteGraphStore.OpenAsync(file);
        var relations = (await store.GetStatsAsync()).Relations;
        GC.Collect();
        var before = Memory("VmRSS");
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var output = new CountingStream();
        if (format == "read")
        {
            await foreach (var _ in store.StreamAllAsync())
            {
            }
        }
        else if (ExportFormats.TryParse(format, out var info))
        {
            await Exporter.WriteAsync(info!.Format, ExportScopes.WholeGraph(store), output);
        }
        else
        {
            throw new ArgumentException($"unknown format '{format}' (expected read or one of: {ExportFormats.Names})");
        }

        var wall = clock.Elapsed.TotalSeconds;
        var seconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Console.Write(string.Create(CultureInfo.InvariantCulture,
            $"// EXPORT {format,-12} relations={relations} wall={wall:F1} s cpu={seconds:F1} s " +
            $"{relations / seconds / 1e3:F0}k relations/CPU-s {relations / wall / 1e3:F0}k relations/s bytes={output.Bytes / 1e6:F0} MB " +
            $"rss-before={before / 1024:F0} MB peak-rss={Memory("VmHWM") / 1024:F0} MB"));
    }

    private static async Task BuildAsync(string file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var graph = BenchGraph.Generate(withArticles: true);
        var clock = Stopwatch.StartNew();
        await using (var store = await SqliteGraphStore.OpenAsync(file + ".partial"))
        {
            await store.ApplyAsync(new ImportBatch(graph.Articles, graph.Entities, graph.Relations));
        }

        File.Move(file + ".partial", file);
        Console.WriteLine($"// EXPORT-FIGURES built {file} in {clock.Elapsed.TotalSeconds:F0} s");
    }

    /// <summary>A line of /proc/self/status in kB (VmRSS now, VmHWM the peak).</summary>
    private static double Memory(string field) =>
        File.ReadLines("/proc/self/status").Where(l => l.StartsWith(field + ":", StringComparison.Ordinal))
            .Select(l => double.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture)).FirstOrDefault();

    /// <summary>Counts what an export writes and keeps none of it.</summary>
    private sealed class CountingStream : Stream
    {
        public long Bytes { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Bytes;

        public override long Position { get => Bytes; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Bytes += count;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Bytes += buffer.Length;
            return ValueTask.CompletedTask;
        }
    }
}
