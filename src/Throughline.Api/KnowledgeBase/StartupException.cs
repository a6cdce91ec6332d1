namespace Throughline.Api.KnowledgeBase;

/// <summary>The API cannot start; the message says why and what to change.</summary>
public sealed class StartupException : Exception
{
    public StartupException(string message)
        : base(message)
    {
    }

    public StartupException()
    {
    }

    public StartupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
