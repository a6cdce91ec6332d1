using Throughline.Export;

namespace Throughline.Cli;

/// <summary>
/// Prints "exported N of M entities/relations (P%)" to stderr at each tenth of a large export. Reports arrive
/// synchronously on the writing thread, so no synchronisation is needed.
/// </summary>
internal sealed class ExportProgressPrinter(TextWriter error, long entities, long relations) : IProgress<ExportProgress>
{
    private int _entityTenth;
    private int _relationTenth;

    public void Report(ExportProgress value)
    {
        if (value.Relations == 0)
        {
            Print("entities", value.Entities, entities, ref _entityTenth);
        }
        else
        {
            Print("relations", value.Relations, relations, ref _relationTenth);
        }
    }

    private void Print(string what, long done, long total, ref int lastTenth)
    {
        if (total == 0)
        {
            return;
        }

        var tenth = (int)(done * 10 / total);
        if (tenth > lastTenth)
        {
            lastTenth = tenth;
            error.WriteLine($"exported {done:N0} of {total:N0} {what} ({tenth * 10}%)");
        }
    }
}
