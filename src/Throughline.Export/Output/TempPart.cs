using System.Text;

namespace Throughline.Export.Output;

/// <summary>
/// A file of a multi-file export written while another file is being streamed (evidence rows while edges stream),
/// kept on disk rather than in memory and deleted when disposed.
/// </summary>
internal sealed class TempPart : IDisposable
{
    private readonly FileStream _file;

    public TempPart(string name)
    {
        Name = name;
        _file = new FileStream(
            System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"throughline-export-{Guid.NewGuid():N}-{name}"),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        Writer = new StreamWriter(_file, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
    }

    public string Name { get; }

    public StreamWriter Writer { get; }

    /// <summary>Copies the part's contents to <paramref name="target"/> (a zip entry over <paramref name="spill"/>), a chunk at a time.</summary>
    public async Task CopyToAsync(Stream target, SpillStream spill, CancellationToken ct)
    {
        Writer.Flush();
        _file.Position = 0;
        var buffer = new byte[1 << 16];
        int read;
        while ((read = await _file.ReadAsync(buffer, ct).ConfigureAwait(false)) > 0)
        {
            target.Write(buffer, 0, read);
            if (spill.IsFull)
            {
                await spill.DrainAsync(ct).ConfigureAwait(false);
            }
        }
    }

    public void Dispose()
    {
        Writer.Dispose();
        _file.Dispose();
    }
}
