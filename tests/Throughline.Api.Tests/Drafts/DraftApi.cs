using System.Text.Json;
using Throughline.Api.Tests.Support;

namespace Throughline.Api.Tests.Drafts;

/// <summary>The draft mutations as a client sends them, with an invented article (the CLI walkthrough's) about invented firms.</summary>
internal static class DraftApi
{
    public const string Article = """
        ---
        title: "Camera maker Kestrel Optics supplies police in Karamay"
        published: 2020-05-14
        ---
        Intel has sold processors to Kestrel Optics Ltd., a camera maker based in Shenzhen.

        Kestrel Optics sold thermal cameras to the Karamay Public Security Bureau in March, according to procurement records.

        Intel did not respond to a request for comment.
        """;

    public const string DraftFields = """
        id revision pending createdAt
        article { id title published text }
        entities { id name kind confidence signal state sameAs candidates { entityId name score } }
        relations { id type from to status confidence signal state product evidence { quote start end stance signal } }
        """;

    public const string RoutesToGovernment = """
        { paths(from: { ids: ["org/intel"] }, to: { kinds: [GOVERNMENT_BODY] }, options: { maxHops: 2 }, first: 50) { edges { node { entities { id } } } } }
        """;

    public static Task<ApiResponse> MutateAsync(ApiServer api, string query, object? variables = null) =>
        api.PostAsync(query, variables, apiKey: ApiServer.ApiKey);

    public static async Task<JsonElement> DraftAsync(ApiServer api, string articleId = "kestrel-2020-05")
    {
        var response = await MutateAsync(api, $$"""
            mutation($text: String!, $id: ID!) { draftClaims(input: { text: $text, format: MARKDOWN, outlet: "Test Wire", articleId: $id }) { {{DraftFields}} } }
            """, new { text = Article, id = articleId });
        response.Errors.Should().BeEmpty(response.Text);
        return response.Data.GetProperty("draftClaims");
    }

    public static Task<ApiResponse> ReviewAsync(ApiServer api, string mutation, string draft, string proposal) =>
        MutateAsync(api, $$"""mutation($id: ID!, $p: ID!) { {{mutation}}(id: $id, proposal: $p) { {{DraftFields}} } }""", new { id = draft, p = proposal });

    public static async Task<List<string>> RoutesAsync(ApiServer api)
    {
        var response = await api.PostAsync(RoutesToGovernment);
        response.Errors.Should().BeEmpty(response.Text);
        return [.. response.Data.GetProperty("paths").GetProperty("edges").EnumerateArray()
            .Select(e => string.Join(">", e.GetProperty("node").GetProperty("entities").EnumerateArray().Select(x => x.GetProperty("id").GetString())))];
    }

    /// <summary>The proposed relation between the two names, whichever way the drafter directed it.</summary>
    public static JsonElement Relation(JsonElement draft, string fromPart, string toPart) =>
        draft.GetProperty("relations").EnumerateArray().Single(r =>
            r.GetProperty("from").GetString()!.Contains(fromPart, StringComparison.Ordinal)
            && r.GetProperty("to").GetString()!.Contains(toPart, StringComparison.Ordinal));

    public static string Id(this JsonElement element) => element.GetProperty("id").GetString()!;

    public static string Message(this ApiResponse response) => response.Errors[0].GetProperty("message").GetString()!;
}
