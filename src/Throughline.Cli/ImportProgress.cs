namespace Throughline.Cli;

/// <summary>
/// Prints "written N of M records (P%)" to stderr at each tenth of a large import; small imports stay quiet.
/// Reports arrive synchronously on the writing thread, so no synchronisation is needed.
/// </summary>
internal sealed class ImportProgress(TextWriter error, long total) : IProgress<long>
{
    public const long QuietBelow = 50_000;

    private int _lastTenth;

    public void Report(long value)
    {
        if (total < QuietBelow)
        {
            return;
        }

        var tenth = (int)(value * 10 / total);
        if (tenth > _lastTenth)
        {
            _lastTenth = tenth;
            error.WriteLine($"written {value:N0} of {total:N0} records ({tenth * 10}%)");
        }
    }
}
