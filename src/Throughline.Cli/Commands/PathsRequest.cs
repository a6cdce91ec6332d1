using Throughline.Core.Paths;
using Throughline.Core.Storage;

namespace Throughline.Cli.Commands;

/// <summary>A parsed <c>paths</c> command line: the query, and the countries its ends keep once the store is open.</summary>
internal sealed record PathsRequest(PathQuery Query, IReadOnlyList<string>? FromCountries, IReadOnlyList<string>? ToCountries)
{
    /// <summary>
    /// The query with --from-country / --to-country turned into ids as the API turns <c>countries</c> into ids;
    /// <c>Nothing</c> when a country leaves an end with no entity, with the messages that say so.
    /// </summary>
    public async Task<(PathQuery Query, bool Nothing, IReadOnlyList<string> Messages)> ResolveAsync(IGraphStore store, CancellationToken ct)
    {
        var from = await CountrySelection.NarrowAsync("--from-country", Query.From, FromCountries, store, ct).ConfigureAwait(false);
        var to = await CountrySelection.NarrowAsync("--to-country", Query.To, ToCountries, store, ct).ConfigureAwait(false);
        return (Query with { From = from.Selector, To = to.Selector }, from.Nothing || to.Nothing, [.. from.Messages, .. to.Messages]);
    }
}
