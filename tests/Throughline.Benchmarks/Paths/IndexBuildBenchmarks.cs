using BenchmarkDotNet.Attributes;
using Throughline.Core.Index;
using Throughline.Core.Model;
using Throughline.Core.Storage;

namespace Throughline.Benchmarks.Paths;

/// <summary>
/// Building the path index from a 1M/5M snapshot (target &lt; 2 s), applying one new relation to it (a delta over the arrays, target &lt; 10 ms)
/// costs), and — printed once in setup — the managed memory the index retains per relation (target &lt; 150 bytes).
/// </summary>
[MemoryDiagnoser]
public class IndexBuildBenchmarks
{
    private GraphSnapshot _graph = null!;
    private GraphIndex _index = null!;
    private ImportBatch _oneRelation = null!;

    [GlobalSetup]
    public void Setup()
    {
        MeasureRetainedMemory();
        _graph = BenchGraph.Generate();
        _index = GraphIndex.Build(_graph);
        var first = _graph.Relations[0];
        _oneRelation = new ImportBatch([], [], [first with { Id = "bench-new-relation", From = first.To, To = first.From, Type = RelationType.PartneredWith }]);
    }

    [Benchmark]
    public GraphIndex Build() => GraphIndex.Build(_graph);

    [Benchmark]
    public GraphIndex ApplyOneRelation() => _index.With(_oneRelation);

    /// <summary>Everything the index keeps alive (its arrays and the id and name strings) once the snapshot is gone.</summary>
    private static void MeasureRetainedMemory()
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var index = Build(out var relations);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine(
            $"// INDEX-MEMORY retained={(after - before) / 1e6:F1} MB, {(double)(after - before) / relations:F1} bytes/relation " +
            $"(arrays {index.ArrayBytes / 1e6:F1} MB) for {index.EntityCount} entities, {index.RelationCount} relations");
        GC.KeepAlive(index);
    }

    private static GraphIndex Build(out int relations)
    {
        var graph = BenchGraph.Generate();
        relations = graph.Relations.Count;
        return GraphIndex.Build(graph);
    }
}
