using Microsoft.Net.Http.Headers;

namespace Throughline.Api.Http;

/// <summary>
/// Response media types and Accept negotiation per GraphQL over HTTP: application/graphql-response+json when asked
/// for by name, application/json for wildcards or a missing Accept header (the spec's legacy default), and the
/// GraphiQL page when a browser prefers text/html on GET.
/// </summary>
public static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string Html = "text/html";

    /// <summary>The media type to answer with, or null when the Accept header allows none of ours (406).</summary>
    public static string? Negotiate(IList<string> acceptHeaders, bool allowHtml)
    {
        if (acceptHeaders.Count == 0 || acceptHeaders.All(string.IsNullOrWhiteSpace))
        {
            return Json;
        }

        if (!MediaTypeHeaderValue.TryParseList(acceptHeaders, out var ranges) || ranges.Count == 0)
        {
            return Json;
        }

        var candidates = allowHtml ? new[] { GraphQLResponse, Json, Html } : [GraphQLResponse, Json];
        string? best = null;
        (double Quality, int Specificity) bestScore = (0, -1);
        foreach (var candidate in candidates)
        {
            var score = Score(candidate, ranges);
            if (score.Quality <= 0)
            {
                continue;
            }

            // A wildcard matches our JSON types equally; the spec says to answer application/json then.
            var better = score.Quality > bestScore.Quality
                || (score.Quality.Equals(bestScore.Quality) && score.Specificity > bestScore.Specificity)
                || (score == bestScore && score.Specificity < 2 && candidate == Json);
            if (better)
            {
                best = candidate;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>The quality the most specific matching range gives <paramref name="mediaType"/> (RFC 9110 §12.5.1).</summary>
    private static (double Quality, int Specificity) Score(string mediaType, IList<MediaTypeHeaderValue> ranges)
    {
        var (type, subtype) = (mediaType[..mediaType.IndexOf('/', StringComparison.Ordinal)], mediaType[(mediaType.IndexOf('/', StringComparison.Ordinal) + 1)..]);
        (double Quality, int Specificity) found = (0, -1);
        foreach (var range in ranges)
        {
            var specificity = range.Type.Equals(type, StringComparison.OrdinalIgnoreCase)
                ? range.SubType.Equals(subtype, StringComparison.OrdinalIgnoreCase) ? 2 : range.SubType.Equals("*", StringComparison.Ordinal) ? 1 : -1
                : range.MatchesAllTypes ? 0 : -1;
            if (specificity > found.Specificity)
            {
                found = (range.Quality ?? 1.0, specificity);
            }
        }

        return found;
    }
}
