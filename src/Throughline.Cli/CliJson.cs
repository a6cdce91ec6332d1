using System.Text.Json;
using System.Text.Json.Serialization;
using Throughline.Core.Model;

namespace Throughline.Cli;

/// <summary>The --json output format: camelCase, enums by name, partial dates as written ("2016-03").</summary>
internal static class CliJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(), new PartialDateConverter() },
    };

    public static Task WriteAsync(CliContext context, object value) =>
        context.Out.WriteLineAsync(JsonSerializer.Serialize(value, Options));

    private sealed class PartialDateConverter : JsonConverter<PartialDate>
    {
        public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            PartialDate.Parse(reader.GetString() ?? string.Empty);

        public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());
    }
}
