using System.Diagnostics;
using System.Globalization;
using Throughline.Core.Storage;
using Throughline.Core.Synthetic;

namespace Throughline.Benchmarks.Paths;

/// <summary>
/// The benchmark graph: 1M entities / 5M relations, power-law, seed 42 — overridable with THROUGHLINE_BENCH_ENTITIES and
/// THROUGHLINE_BENCH_RELATIONS for quicker runs. Generation time is printed so it can be reported.
/// </summary>
internal static class BenchGraph
{
    private static readonly Lazy<GraphSnapshot> Shared = new(() => Generate());

    /// <summary>
    /// One graph per process: with <c>--inProcess</c> every query benchmark shares it instead of spending a minute
    /// regenerating 5M relations in its own setup.
    /// </summary>
    public static GraphSnapshot Cached => Shared.Value;

    public static int Entities => Read("THROUGHLINE_BENCH_ENTITIES", 1_000_000);

    public static int Relations => Read("THROUGHLINE_BENCH_RELATIONS", 5_000_000);

    public static GraphSnapshot Generate(bool withArticles = false, GraphShape shape = GraphShape.PowerLaw)
    {
        var clock = Stopwatch.StartNew();
        var graph = SyntheticGraph.Generate(new SyntheticGraphOptions(Entities, Relations, shape, Seed: 42, WithArticles: withArticles));
        Console.WriteLine(
            $"// BENCH-GRAPH {shape} entities={graph.Entities.Count} relations={graph.Relations.Count} articles={graph.Articles.Count} " +
            $"generated in {clock.Elapsed.TotalSeconds:F2} s");
        return graph;
    }

    private static int Read(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : fallback;
}
