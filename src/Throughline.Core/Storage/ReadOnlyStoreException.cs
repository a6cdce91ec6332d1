namespace Throughline.Core.Storage;

/// <summary>
/// A write to a store that can only be read (a database file nobody may write: served as it is). The message names
/// the file; the API answers with its own words instead, since a client is not told server paths.
/// </summary>
public sealed class ReadOnlyStoreException : GraphStoreException
{
    public ReadOnlyStoreException()
    {
    }

    public ReadOnlyStoreException(string message)
        : base(message)
    {
    }

    public ReadOnlyStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
