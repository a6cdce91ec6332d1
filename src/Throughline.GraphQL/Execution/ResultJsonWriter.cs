using System.Collections;
using System.Globalization;
using System.Text.Json;
using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Execution;

/// <summary>Writes response values and errors with <see cref="Utf8JsonWriter"/>, in graphql-js's member order.</summary>
public static class ResultJsonWriter
{
    public static void WriteErrors(Utf8JsonWriter writer, IReadOnlyList<GraphQLError> errors)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(errors);
        writer.WriteStartArray();
        foreach (var error in errors)
        {
            WriteError(writer, error);
        }

        writer.WriteEndArray();
    }

    /// <summary>One error as GraphQLError.toJSON() shapes it: message, locations, path, extensions (empty ones omitted).</summary>
    public static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(error);
        writer.WriteStartObject();
        writer.WriteString("message", error.Message);
        if (error.Locations.Count > 0)
        {
            writer.WriteStartArray("locations");
            foreach (var location in error.Locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (error.Path is { } path)
        {
            writer.WriteStartArray("path");
            foreach (var segment in path)
            {
                WriteValue(writer, segment);
            }

            writer.WriteEndArray();
        }

        if (error.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, extensions);
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes a completed value: null, string, bool, integral numbers as integers, floating numbers as their shortest
    /// round-trip form (as JavaScript prints it), string-keyed dictionaries as objects (in their order), other sequences as arrays.
    /// </summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case double d:
                WriteDouble(writer, d);
                break;
            case float f:
                WriteDouble(writer, f);
                break;
            case decimal m:
                writer.WriteNumberValue(m);
                break;
            case short or byte or sbyte or ushort or uint:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case ulong u:
                writer.WriteNumberValue(u);
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case IReadOnlyDictionary<string, object?> map:
                WriteObject(writer, map);
                break;
            case IDictionary<string, object?> map:
                WriteObject(writer, map);
                break;
            case IEnumerable sequence:
                writer.WriteStartArray();
                foreach (var item in sequence)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                // Enum and custom-scalar serializers may hand back other types; their text is the most faithful answer.
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static void WriteDouble(Utf8JsonWriter writer, double d)
    {
        var magnitude = Math.Abs(d);
        if (!double.IsFinite(d))
        {
            // JSON has no NaN/Infinity; graphql-js's JSON.stringify writes null for them.
            writer.WriteNullValue();
        }
        else if (d == 0)
        {
            writer.WriteNumberValue(0); // also for -0, as JSON.stringify does
        }
        else if (magnitude is >= 1e-4 and < 1e15)
        {
            writer.WriteNumberValue(d);
        }
        else
        {
            // Where .NET would switch to "1E+16"/"1E-05", write JavaScript's form ("10000000000000000", "0.00001",
            // "1e+21") so responses read exactly like graphql-js's.
            writer.WriteRawValue(ValueInspector.FormatNumber(d), skipInputValidation: true);
        }
    }

    private static void WriteObject(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> map)
    {
        writer.WriteStartObject();
        foreach (var (key, item) in map)
        {
            writer.WritePropertyName(key);
            WriteValue(writer, item);
        }

        writer.WriteEndObject();
    }
}
