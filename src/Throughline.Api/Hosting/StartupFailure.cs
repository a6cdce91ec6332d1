using Microsoft.AspNetCore.Connections;
using Throughline.Api.KnowledgeBase;

namespace Throughline.Api.Hosting;

/// <summary>The one-line message for a failure before the server is up; null for anything that is not a start-up failure.</summary>
public static class StartupFailure
{
    public static string? Describe(Exception failure) => failure switch
    {
        StartupException e => e.Message,
        IOException { InnerException: AddressInUseException } e =>
            $"{e.Message} Stop the other server or choose another address with --urls or THROUGHLINE_URLS (for example --urls http://127.0.0.1:5081).",
        IOException e when e.Message.Contains("bind", StringComparison.OrdinalIgnoreCase) =>
            $"{e.Message} Choose another address with --urls or THROUGHLINE_URLS.",
        AggregateException { InnerExceptions.Count: 1 } e => Describe(e.InnerExceptions[0]),
        _ => null,
    };
}
