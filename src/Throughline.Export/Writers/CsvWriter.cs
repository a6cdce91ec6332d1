using System.IO.Compression;
using System.Text;
using Throughline.Export.Output;

namespace Throughline.Export.Writers;

/// <summary>
/// The three CSV tables in a zip (nodes.csv, edges.csv, evidence.csv), or one table alone. Evidence rows are gathered
/// in a temporary file while edges stream, since a zip holds one entry open at a time.
/// </summary>
internal sealed class CsvWriter(CsvWriter.Part? only) : IExportWriter
{
    internal enum Part
    {
        Nodes,
        Edges,
        Evidence,
    }

    internal static readonly UTF8Encoding Utf8 = new(false);

    public async Task WriteAsync(ExportGraph graph, SpillStream output, CancellationToken ct)
    {
        if (only is { } part)
        {
            await WriteOneAsync(graph, output, part, ct).ConfigureAwait(false);
            return;
        }

        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        using (var evidence = new TempPart("evidence.csv"))
        {
            await using (var nodes = Entry(zip, "nodes.csv"))
            {
                var pacer = new Pacer(output);
                CsvTables.Header(nodes, CsvTables.NodeHeader);
                await foreach (var entity in graph.EntitiesAsync(ct).ConfigureAwait(false))
                {
                    CsvTables.Node(nodes, entity);
                    await pacer.RecordAsync(ct).ConfigureAwait(false);
                }

                await pacer.FinishAsync(ct).ConfigureAwait(false);
            }

            await using (var edges = Entry(zip, "edges.csv"))
            {
                var pacer = new Pacer(output);
                CsvTables.Header(edges, CsvTables.EdgeHeader);
                CsvTables.Header(evidence.Writer, CsvTables.EvidenceHeader);
                await foreach (var relation in graph.RelationsAsync(ct).ConfigureAwait(false))
                {
                    CsvTables.Edge(edges, relation);
                    CsvTables.Evidence(evidence.Writer, relation.Relation, graph);
                    await pacer.RecordAsync(ct).ConfigureAwait(false);
                }

                await pacer.FinishAsync(ct).ConfigureAwait(false);
            }

            await using (var target = zip.CreateEntry("evidence.csv", CompressionLevel.Fastest).Open())
            {
                await evidence.CopyToAsync(target, output, ct).ConfigureAwait(false);
            }
        }

        await output.DrainAsync(ct).ConfigureAwait(false);
    }

    private static async Task WriteOneAsync(ExportGraph graph, SpillStream output, Part part, CancellationToken ct)
    {
        await using var writer = new StreamWriter(output, Utf8, 1 << 16, leaveOpen: true);
        var pacer = new Pacer(output, writer.Flush);
        if (part == Part.Nodes)
        {
            CsvTables.Header(writer, CsvTables.NodeHeader);
            await foreach (var entity in graph.EntitiesAsync(ct).ConfigureAwait(false))
            {
                CsvTables.Node(writer, entity);
                await pacer.RecordAsync(ct).ConfigureAwait(false);
            }
        }
        else
        {
            CsvTables.Header(writer, part == Part.Edges ? CsvTables.EdgeHeader : CsvTables.EvidenceHeader);
            await foreach (var relation in graph.RelationsAsync(ct).ConfigureAwait(false))
            {
                if (part == Part.Edges)
                {
                    CsvTables.Edge(writer, relation);
                }
                else
                {
                    CsvTables.Evidence(writer, relation.Relation, graph);
                }

                await pacer.RecordAsync(ct).ConfigureAwait(false);
            }
        }

        await pacer.FinishAsync(ct).ConfigureAwait(false);
    }

    internal static StreamWriter Entry(ZipArchive zip, string name) =>
        new(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), Utf8, 1 << 16) { NewLine = "\n" };
}
