using System.Text.Json;
using System.Text.Json.Serialization;
using Throughline.Core.Model;

namespace Throughline.Core.Drafts;

/// <summary>
/// A draft as one JSON document, the form both stores keep it in: a draft is read and written whole, never queried
/// by its parts, so a document keeps the stores' schemas out of the drafter's model.
/// </summary>
public static class DraftJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(), new PartialDateConverter() },
    };

    public static string Write(Draft draft) => JsonSerializer.Serialize(draft, Options);

    /// <summary>Reads a stored document; <paramref name="where"/> names the record in the error when it cannot be read.</summary>
    public static Draft Read(string json, string where)
    {
        try
        {
            return JsonSerializer.Deserialize<Draft>(json, Options) ?? throw new JsonException("null document");
        }
        catch (Exception e) when (e is JsonException or FormatException or NotSupportedException)
        {
            throw new Storage.GraphStoreException($"{where}: the stored draft cannot be read ({e.Message})", e);
        }
    }

    private sealed class PartialDateConverter : JsonConverter<PartialDate>
    {
        public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            PartialDate.Parse(reader.GetString() ?? string.Empty);

        public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());
    }
}
