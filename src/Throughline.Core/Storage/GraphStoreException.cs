namespace Throughline.Core.Storage;

/// <summary>
/// A store could not do what was asked (unreadable or corrupt file, schema from a newer version, a write rejected
/// by a constraint). The message names the store's file or server and is meant to be shown to the user as is.
/// </summary>
public sealed class GraphStoreException : Exception
{
    public GraphStoreException()
    {
    }

    public GraphStoreException(string message)
        : base(message)
    {
    }

    public GraphStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
