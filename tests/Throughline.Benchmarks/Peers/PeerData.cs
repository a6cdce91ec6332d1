using System.Globalization;
using System.Text;
using System.Text.Json;
using Throughline.Benchmarks.Paths;
using Throughline.Core.Index;
using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.Core.Storage;
using Throughline.Storage.Sqlite;

namespace Throughline.Benchmarks.Peers;

/// <summary>
/// <c>dotnet Throughline.Benchmarks.dll peers-data DIR</c>, the .NET half of <c>Peers/run.sh</c>: generates the bench
/// graph (THROUGHLINE_BENCH_ENTITIES / _RELATIONS), writes what PostgreSQL and Kuzu load (nodes.csv, edges.csv: one row
/// per entity pair with a qualifying relation, so every system counts distinct entity sequences) and the query
/// parameters (queries.json), times the engine in-process and the bare CSR loop on the same queries (engine.json), and
/// writes the graph into a SQLite file (throughline.db) for the API the script then starts to time over HTTP.
/// </summary>
internal static class PeerData
{
    public static async Task RunAsync(string directory)
    {
        Directory.CreateDirectory(directory);
        var graph = BenchGraph.Generate();
        var index = GraphIndex.Build(graph);
        var engine = new PathEngine(index);
        var pick = new BenchSelections(index, engine);
        var options = new PathOptions(MaxHops: 4);
        // A county, not the whole region: at 100k entities the one region holds every project and the hub reaches them
        // by 2e8 paths, which no system (the bare loop included) counts in useful time.
        var county = pick.CountyOf(pick.NonHubProject);
        var xinjiang = new EntitySelector(Kinds: [EntityKind.Project], LocatedIn: [county]);
        var regionProjects = new SelectorResolver(index).Resolve(xinjiang, "to", []);
        WriteCsv(directory, index, new RelationFilter(options), regionProjects);
        var hub = index.Find(pick.Hub);
        var project = index.Find(pick.NonHubProject);
        await File.WriteAllTextAsync(Path.Combine(directory, "queries.json"), JsonSerializer.Serialize(new
        {
            entities = index.EntityCount,
            relations = index.RelationCount,
            hub = new { n = hub, id = pick.Hub },
            project = new { n = project, id = pick.NonHubProject },
            region = county,
            regionProjects = regionProjects.Count,
            maxHops = options.MaxHops,
            neighbourhoodCap = 500,
        }));

        var bare = new BareCsr(index, options);
        EntitySelector Ids(string id) => new(Ids: [id]);
        var results = new Dictionary<string, object>
        {
            ["paths"] = Pair(
                () => engine.FindPathsAsync(new PathQuery(Ids(pick.Hub), Ids(pick.NonHubProject), options, 100)).Result.TotalCount,
                () => bare.CountPaths(hub, [project], options.MaxHops)),
            ["region"] = Pair(
                () => engine.FindPathsAsync(new PathQuery(Ids(pick.Hub), xinjiang, options, 100)).Result.TotalCount,
                () => bare.CountPaths(hub, regionProjects.Members, options.MaxHops)),
            ["shortest"] = Pair(
                () => engine.FindShortestPathsAsync(new ShortestPathQuery(Ids(pick.Hub), Ids(pick.NonHubProject), options, 1000)).Result.Paths.Count,
                () => bare.CountShortestPaths(hub, project, options.MaxHops)),
            ["neighbourhood"] = Pair(
                () => engine.GetNeighbourhoodAsync(new NeighbourhoodQuery(pick.Hub, 2, options with { Direction = Direction.Any }, 500)).Result.EntityIds.Count,
                () => bare.CountNeighbourhood(hub, 2, 500)),
        };
        await File.WriteAllTextAsync(Path.Combine(directory, "engine.json"), JsonSerializer.Serialize(results));
        Console.WriteLine($"// engine and bare loop: {JsonSerializer.Serialize(results)}");

        var database = Path.Combine(directory, "throughline.db");
        File.Delete(database);
        await using var store = await SqliteGraphStore.OpenAsync(database);
        await store.ApplyAsync(new ImportBatch(graph.Articles, graph.Entities, graph.Relations));
        Console.WriteLine($"// wrote {database}");
    }

    private static object Pair(Func<long> engine, Func<long> bare)
    {
        var (engineWall, engineCpu, engineCount) = PathFigures.Time(engine);
        var (bareWall, bareCpu, bareCount) = PathFigures.Time(bare);
        return new { engineWall, engineCpu, engineCount, bareWall, bareCpu, bareCount };
    }

    /// <summary>
    /// nodes.csv: dense id, string id, whether it is a project in the query's county. edges.csv: from, to, best confidence, over the
    /// entity pairs joined by at least one relation that qualifies under the default options (not Denied or Retracted).
    /// </summary>
    private static void WriteCsv(string directory, GraphIndex index, RelationFilter filter, EntitySet regionProjects)
    {
        using (var nodes = new StreamWriter(Path.Combine(directory, "nodes.csv"), false, new UTF8Encoding(false)))
        {
            for (var e = 0; e < index.EntityCount; e++)
            {
                nodes.Write(e.ToString(CultureInfo.InvariantCulture));
                nodes.Write(',');
                nodes.Write(index.EntityId(e));
                nodes.Write(regionProjects.Contains(e) ? ",true\n" : ",false\n");
            }
        }

        using var edges = new StreamWriter(Path.Combine(directory, "edges.csv"), false, new UTF8Encoding(false));
        for (var e = 0; e < index.EntityCount; e++)
        {
            index.Outgoing.RowOf(e, out var neighbours, out var relations);
            for (var i = 0; i < neighbours.Length;)
            {
                var v = neighbours[i];
                var best = double.NegativeInfinity;
                for (; i < neighbours.Length && neighbours[i] == v; i++)
                {
                    var facts = index.FactsOf(relations[i]);
                    if (filter.Qualifies(facts))
                    {
                        best = Math.Max(best, facts.Confidence);
                    }
                }

                if (best > double.NegativeInfinity && v != e)
                {
                    edges.Write(string.Create(CultureInfo.InvariantCulture, $"{e},{v},{best:R}\n"));
                }
            }
        }
    }
}
