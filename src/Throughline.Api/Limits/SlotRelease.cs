namespace Throughline.Api.Limits;

/// <summary>Gives back one slot of a semaphore when disposed, once however often it is disposed; none for a null semaphore.</summary>
internal sealed class SlotRelease(SemaphoreSlim? slots) : IDisposable
{
    public static readonly SlotRelease None = new(null);

    private int _done;

    public void Dispose()
    {
        if (slots is not null && Interlocked.Exchange(ref _done, 1) == 0)
        {
            slots.Release();
        }
    }
}
