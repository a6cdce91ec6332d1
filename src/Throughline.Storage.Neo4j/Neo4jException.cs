using Throughline.Core.Storage;

namespace Throughline.Storage.Neo4j;

/// <summary>
/// A failure talking to Neo4j, worded for the person who has to fix it. A <see cref="GraphStoreException"/>, so the CLI
/// and the API report it like any other store failure.
/// </summary>
public class Neo4jException : GraphStoreException
{
    public Neo4jException(string message, string? code = null, Exception? inner = null)
        : base(message, inner!)
    {
        Code = code;
    }

    /// <summary>Neo4j's status code (Neo.ClientError.Statement.SyntaxError ...) when the server sent one.</summary>
    public string? Code { get; }

    /// <summary>Transient errors are retried; so are connection failures. Client errors never are.</summary>
    public bool IsTransient => Code is not null && Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal)
        && Code is not ("Neo.TransientError.Transaction.Terminated" or "Neo.TransientError.Transaction.LockClientStopped");
}

public sealed class Neo4jConfigurationException(string message) : Neo4jException(message);

/// <summary>The server could not be reached, or did not answer in time.</summary>
public sealed class Neo4jUnavailableException(string message, Exception? inner = null) : Neo4jException(message, null, inner);
