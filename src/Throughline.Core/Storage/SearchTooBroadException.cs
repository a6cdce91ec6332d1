namespace Throughline.Core.Storage;

/// <summary>
/// A text search (<see cref="EntitySearch.AllowScan"/> false) whose text too many entities' names hold for the name
/// index to be the cheap way; answering it would mean reading every name. The message is meant for the user.
/// </summary>
public sealed class SearchTooBroadException : GraphStoreException
{
    public SearchTooBroadException()
    {
    }

    public SearchTooBroadException(string message)
        : base(message)
    {
    }

    public SearchTooBroadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
