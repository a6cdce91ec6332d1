using BenchmarkDotNet.Running;

// `path-figures` prints the path engine's figures with thread CPU time (see Paths/PathFigures.cs).
if (args is ["path-figures"])
{
    Throughline.Benchmarks.Paths.PathFigures.Run();
    return;
}

// `freshness-figures` prints cross-process catch-up latency and the per-request snapshot's cost (Storage/FreshnessFigures.cs).
if (args is ["freshness-figures"])
{
    await Throughline.Benchmarks.Storage.FreshnessFigures.RunAsync();
    return;
}

// `import-figures` times the SQLite import, the index build from the file and the whole-graph stream (Storage/ImportFigures.cs).
if (args is ["import-figures"])
{
    await Throughline.Benchmarks.Storage.ImportFigures.RunAsync();
    return;
}

// `peers-data DIR` writes the peer benchmark's graph, queries and engine / bare-loop figures (Peers/README.md).
if (args is ["peers-data", var directory])
{
    await Throughline.Benchmarks.Peers.PeerData.RunAsync(directory);
    return;
}

// `neo4j-figures [relations ...]` prints the Neo4j import, path, catch-up and seed figures (Neo4j/Neo4jFigures.cs).
if (args is ["neo4j-figures", .. var sizes])
{
    await Throughline.Benchmarks.Neo4j.Neo4jFigures.RunAsync(sizes.Length > 0 ? sizes : ["100000"]);
    return;
}

// `search-figures FILE` times entities(search:) on a bench SQLite file against schema 5's scan (Storage/SearchFigures.cs).
if (args is ["search-figures", var searchFile])
{
    await Throughline.Benchmarks.Storage.SearchFigures.RunAsync(searchFile);
    return;
}

// `draft-figures` times drafting a 2,000-word article against the seed graph (Ingest/DraftFigures.cs).
if (args is ["draft-figures"])
{
    Throughline.Benchmarks.Ingest.DraftFigures.Run();
    return;
}

// `export-figures [format …]` exports the bench graph from SQLite in each format, one child process each (Export/ExportFigures.cs).
if (args is ["export-figures", .. var formats])
{
    await Throughline.Benchmarks.Export.ExportFigures.RunAsync(formats);
    return;
}

if (args is ["export-one", var file, var format])
{
    await Throughline.Benchmarks.Export.ExportFigures.RunOneAsync(file, format);
    return;
}

// Every suite in this assembly; pick with --filter. See README "Benchmarks".
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
