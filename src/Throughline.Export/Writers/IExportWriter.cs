using Throughline.Export.Output;

namespace Throughline.Export.Writers;

/// <summary>Writes one format: reads the graph once, in order, and writes to the spill stream, pacing as it goes.</summary>
internal interface IExportWriter
{
    Task WriteAsync(ExportGraph graph, SpillStream output, CancellationToken ct);
}
