using System.Buffers;
using System.Text;
using System.Text.Json;
using Throughline.Core.Model;

namespace Throughline.Storage.Sqlite;

/// <summary>Encodes list columns and a relation's evidence as compact JSON (written and read without reflection).</summary>
internal static class JsonColumns
{
    public static string Strings(IReadOnlyCollection<string> values) => values.Count == 0 ? "[]" : Encoding.UTF8.GetString(StringsUtf8(values));

    /// <summary>A list column as UTF-8 in a per-thread buffer, valid until the next encode on this thread.</summary>
    public static ReadOnlySpan<byte> StringsUtf8(IReadOnlyCollection<string> values) => WriteUtf8(values, values.Count, static (w, list) =>
    {
        w.WriteStartArray();
        foreach (var value in list)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    });

    public static string Evidence(IReadOnlyList<Evidence> evidence) => Encoding.UTF8.GetString(EvidenceUtf8(evidence));

    /// <summary>The evidence column as UTF-8 in a per-thread buffer, valid until the next encode on this thread.</summary>
    public static ReadOnlySpan<byte> EvidenceUtf8(IReadOnlyList<Evidence> evidence) => WriteUtf8(evidence, evidence.Count, static (w, list) =>
    {
        w.WriteStartArray();
        foreach (var item in list)
        {
            w.WriteStartArray();
            w.WriteStringValue(item.ArticleId);
            w.WriteStringValue(item.Quote);
            w.WriteNumberValue(item.Start);
            w.WriteNumberValue(item.End);
            // Schema 3: stance, speaker, attributedTo, origin, observedAt follow, written only up to the last one set, so a
            // plain quote stays a four-item array as in schema 2.
            var extra = item.ObservedAt is not null ? 5 : item.Origin is not null ? 4 : item.AttributedTo is not null ? 3
                : item.Speaker is not null ? 2 : item.Stance != EvidenceStance.Asserts ? 1 : 0;
            if (extra >= 1)
            {
                w.WriteNumberValue((int)item.Stance);
            }

            if (extra >= 2)
            {
                NullableString(w, item.Speaker);
            }

            if (extra >= 3)
            {
                NullableString(w, item.AttributedTo);
            }

            if (extra >= 4)
            {
                NullableString(w, item.Origin);
            }

            if (extra >= 5)
            {
                w.WriteStringValue(item.ObservedAt!.Value.ToString());
            }

            w.WriteEndArray();
        }

        w.WriteEndArray();
    });

    private static void NullableString(Utf8JsonWriter w, string? value)
    {
        if (value is null)
        {
            w.WriteNullValue();
        }
        else
        {
            w.WriteStringValue(value);
        }
    }

    public static IReadOnlyList<string> ReadStrings(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        var values = new List<string>();
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                values.Add(reader.GetString()!);
            }
        }

        return values;
    }

    public static IReadOnlyList<Evidence> ReadEvidence(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        var items = new List<Evidence>(1);
        reader.Read(); // the outer array
        while (reader.Read() && reader.TokenType == JsonTokenType.StartArray)
        {
            reader.Read();
            var article = reader.GetString()!;
            reader.Read();
            var quote = reader.GetString()!;
            reader.Read();
            var start = reader.GetInt32();
            reader.Read();
            var end = reader.GetInt32();
            var item = new Evidence(article, quote, start, end);
            var at = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                item = at++ switch
                {
                    0 => item with { Stance = (EvidenceStance)reader.GetInt32() },
                    1 => item with { Speaker = text },
                    2 => item with { AttributedTo = text },
                    3 => item with { Origin = text },
                    4 => item with { ObservedAt = text is null ? null : PartialDate.Parse(text) },
                    _ => item, // a later schema's field this build does not know
                };
            }

            items.Add(item);
        }

        return items;
    }

    // One buffer and writer per thread, reset for each value: a bulk import encodes millions of small arrays.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    private static readonly JsonWriterOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static ReadOnlySpan<byte> WriteUtf8<T>(T value, int count, Action<Utf8JsonWriter, T> write)
    {
        if (count == 0)
        {
            return "[]"u8;
        }

        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer, Options);
        writer.Reset(buffer);
        write(writer, value);
        writer.Flush();
        return buffer.WrittenSpan;
    }
}
