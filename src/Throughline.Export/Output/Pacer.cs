namespace Throughline.Export.Output;

/// <summary>
/// Paces a synchronous writer over a <see cref="SpillStream"/>: every few records it flushes the writer's own buffer into
/// the spill stream and, when a chunk has gathered, passes it to the output. A writer into a zip entry is not flushed
/// (that would end a deflate block each time): its compressed bytes reach the spill stream as the deflater fills.
/// </summary>
internal sealed class Pacer(SpillStream spill, Action? flushWriter = null)
{
    private const int RecordsPerCheck = 64;
    private int _records;

    public ValueTask RecordAsync(CancellationToken ct)
    {
        if (++_records % RecordsPerCheck != 0)
        {
            return ValueTask.CompletedTask;
        }

        ct.ThrowIfCancellationRequested();
        flushWriter?.Invoke();
        return spill.IsFull ? spill.DrainAsync(ct) : ValueTask.CompletedTask;
    }

    public ValueTask FinishAsync(CancellationToken ct)
    {
        flushWriter?.Invoke();
        return spill.DrainAsync(ct);
    }
}
