using System.Net;
using System.Text.Json;

namespace Throughline.Api.Tests.Support;

/// <summary>A response read in full: status, headers, body text and (when JSON) the parsed body.</summary>
public sealed record ApiResponse(HttpStatusCode Status, string? MediaType, IReadOnlyDictionary<string, string> Headers, string Text)
{
    public JsonElement Json => JsonDocument.Parse(Text).RootElement;

    public JsonElement Data => Json.GetProperty("data");

    public bool HasData => Json.TryGetProperty("data", out _);

    public IReadOnlyList<JsonElement> Errors =>
        Json.TryGetProperty("errors", out var errors) ? [.. errors.EnumerateArray()] : [];

    public string? FirstErrorCode =>
        Errors.Count > 0 && Errors[0].TryGetProperty("extensions", out var ext) && ext.TryGetProperty("code", out var code)
            ? code.GetString()
            : null;

    public static async Task<ApiResponse> ReadAsync(HttpResponseMessage response)
    {
        var headers = response.Headers.Concat(response.Content.Headers)
            .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        return new ApiResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, headers, await response.Content.ReadAsStringAsync());
    }
}
