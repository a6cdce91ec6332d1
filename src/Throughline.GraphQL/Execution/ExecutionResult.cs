using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Throughline.GraphQL.Execution;

/// <summary>
/// The response of one request (spec section 7): data (absent when a request error stopped execution before it began),
/// errors and extensions.
/// </summary>
public sealed class ExecutionResult
{
    // Non-ASCII text stays readable (as graphql-js writes it); only what JSON requires is escaped.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public ExecutionResult(
        IReadOnlyDictionary<string, object?>? data,
        IReadOnlyList<GraphQLError> errors,
        bool hasData = true)
    {
        Data = data;
        Errors = errors;
        HasData = hasData;
    }

    /// <summary>Response keys in selection order; null when a non-null root field failed or there was a request error.</summary>
    public IReadOnlyDictionary<string, object?>? Data { get; }

    /// <summary>
    /// False for request errors (syntax, validation, variable coercion, operation selection): the response then
    /// carries no "data" member at all, as the spec requires.
    /// </summary>
    public bool HasData { get; }

    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>Optional "extensions" member of the response (written last).</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>A result for an error that prevented execution (no "data" member).</summary>
    public static ExecutionResult FromRequestErrors(IReadOnlyList<GraphQLError> errors) => new(null, errors, hasData: false);

    /// <summary>The response as compact JSON: "errors" (when any), then "data", then "extensions", like graphql-js.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        if (Errors.Count > 0)
        {
            writer.WritePropertyName("errors");
            ResultJsonWriter.WriteErrors(writer, Errors);
        }

        if (HasData)
        {
            writer.WritePropertyName("data");
            ResultJsonWriter.WriteValue(writer, Data);
        }

        if (Extensions is { Count: > 0 })
        {
            writer.WritePropertyName("extensions");
            ResultJsonWriter.WriteValue(writer, Extensions);
        }

        writer.WriteEndObject();
    }
}
