using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Throughline.Core.Model;

namespace Throughline.Export.Model;

/// <summary>
/// A relation's evidence as one JSON array attribute ([{article, quote, start, end, stance, speaker?, attributedTo?,
/// origin, observedAt?}]), for the formats whose attributes
/// are scalars (GraphML, GEXF, DOT): every quote stays with its edge, in order, losslessly.
/// </summary>
public static class EvidenceJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(IReadOnlyList<Evidence> evidence)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            Write(json, evidence);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static void Write(Utf8JsonWriter json, IReadOnlyList<Evidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(evidence);
        json.WriteStartArray();
        foreach (var item in evidence)
        {
            json.WriteStartObject();
            json.WriteString("article", item.ArticleId);
            json.WriteString("quote", item.Quote);
            json.WriteNumber("start", item.Start);
            json.WriteNumber("end", item.End);
            json.WriteString("stance", Columns.Wire(item.Stance));
            Optional(json, "speaker", item.Speaker);
            Optional(json, "attributedTo", item.AttributedTo);
            json.WriteString("origin", item.OriginId);
            Optional(json, "observedAt", item.ObservedAt?.ToString());
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
