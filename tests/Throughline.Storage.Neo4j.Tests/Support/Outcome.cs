using System.Text.Json;
using Throughline.Core.Paths;

namespace Throughline.Storage.Neo4j.Tests.Support;

/// <summary>
/// A query's answer as comparable text: the result serialised to JSON (every field, doubles round-tripped), or the
/// PathQueryException's code and message. Two stores agree on a query when their outcomes are equal strings.
/// </summary>
public static class Outcome
{
    public static async Task<string> Of<T>(Func<Task<T>> query)
    {
        try
        {
            return JsonSerializer.Serialize(await query());
        }
        catch (PathQueryException e)
        {
            return $"{e.GetType().Name} {e.Code}: {e.Message}";
        }
    }
}
