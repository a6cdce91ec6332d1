using Throughline.Export.Output;
using Throughline.Export.Writers;

namespace Throughline.Export;

/// <summary>Writes an <see cref="ExportGraph"/> in a format to a stream, asynchronously and a chunk at a time.</summary>
public static class Exporter
{
    public static async Task WriteAsync(ExportFormat format, ExportGraph graph, Stream output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        IExportWriter writer = format switch
        {
            ExportFormat.GraphML => new GraphMLWriter(),
            ExportFormat.Gexf => new GexfWriter(),
            ExportFormat.Cytoscape => new CytoscapeWriter(),
            ExportFormat.Csv => new CsvWriter(null),
            ExportFormat.CsvNodes => new CsvWriter(CsvWriter.Part.Nodes),
            ExportFormat.CsvEdges => new CsvWriter(CsvWriter.Part.Edges),
            ExportFormat.CsvEvidence => new CsvWriter(CsvWriter.Part.Evidence),
            ExportFormat.Dot => new DotWriter(),
            ExportFormat.FollowTheMoney => new FtmWriter(),
            ExportFormat.Neo4jCsv => new Neo4jCsvWriter(),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not an export format"),
        };
        await using var spill = new SpillStream(output);
        await using (graph.ConfigureAwait(false))
        {
            await writer.WriteAsync(graph, spill, ct).ConfigureAwait(false);
        }

        await spill.DrainAsync(ct).ConfigureAwait(false);
        await output.FlushAsync(ct).ConfigureAwait(false);
    }
}
