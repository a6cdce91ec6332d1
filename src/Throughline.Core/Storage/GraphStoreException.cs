namespace Throughline.Core.Storage;

/// <summary>
/// A store could not do what was asked (unreadable or corrupt file, schema from a newer version, a write rejected
/// by a constraint). The message names the store's file or server and is meant to be shown to the user as is.
/// Not sealed: a store may derive its own (the Neo4j store's unreachable-server error), so callers catch one type.
/// </summary>
public class GraphStoreException : Exception
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
