namespace Throughline.Export.Output;

/// <summary>
/// A write-only, non-seekable stream that collects what the synchronous writers (XmlWriter, StreamWriter, ZipArchive)
/// produce and hands it on to the real output asynchronously, a chunk at a time. An HTTP response forbids synchronous
/// writes, and the chunk bounds memory however large the export.
/// </summary>
internal sealed class SpillStream(Stream output) : Stream
{
    /// <summary>About this much is collected before it is passed on.</summary>
    public const int ChunkBytes = 1 << 16;

    private readonly MemoryStream _chunk = new(ChunkBytes * 2);
    private long _written;

    public bool IsFull => _chunk.Length >= ChunkBytes;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _written + _chunk.Length;
        set => throw new NotSupportedException();
    }

    /// <summary>Passes everything collected so far to the output.</summary>
    public async ValueTask DrainAsync(CancellationToken ct)
    {
        if (_chunk.Length == 0)
        {
            return;
        }

        await output.WriteAsync(_chunk.GetBuffer().AsMemory(0, (int)_chunk.Length), ct).ConfigureAwait(false);
        _written += _chunk.Length;
        _chunk.SetLength(0);
    }

    public override void Write(byte[] buffer, int offset, int count) => _chunk.Write(buffer, offset, count);

    public override void Write(ReadOnlySpan<byte> buffer) => _chunk.Write(buffer);

    public override void WriteByte(byte value) => _chunk.WriteByte(value);

    /// <summary>Nothing to do: the chunk is passed on by <see cref="DrainAsync"/>, never synchronously.</summary>
    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _chunk.Dispose();
        }

        base.Dispose(disposing);
    }
}
