using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace Throughline.GraphQL.Types;

/// <summary>
/// Renders CLR values the way graphql-js's <c>inspect()</c> renders JavaScript values in error messages,
/// so coercion messages match graphql-js character for character.
/// </summary>
public static class ValueInspector
{
    private const int MaxArrayLength = 10;
    private const int MaxRecursiveDepth = 2;

    public static string Inspect(object? value) => Format(value, 0);

    /// <summary>JavaScript's Number.prototype.toString() for a double.</summary>
    public static string FormatNumber(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == 0)
        {
            return "0";
        }

        // Shortest round-trip digits and decimal exponent, then JS layout (ECMA-262 Number::toString).
        var (digits, exponent) = Decompose(Math.Abs(value).ToString("R", CultureInfo.InvariantCulture));
        var sign = value < 0 ? "-" : string.Empty;
        var k = digits.Length;
        var n = exponent + 1;
        string body;
        if (k <= n && n <= 21)
        {
            body = digits + new string('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            body = digits[..n] + "." + digits[n..];
        }
        else if (-6 < n && n <= 0)
        {
            body = "0." + new string('0', -n) + digits;
        }
        else
        {
            var e = n - 1;
            var mantissa = k == 1 ? digits : digits[..1] + "." + digits[1..];
            body = mantissa + "e" + (e >= 0 ? "+" : "-") + Math.Abs(e).ToString(CultureInfo.InvariantCulture);
        }

        return sign + body;
    }

    /// <summary>Numbers of any CLR numeric type as a double, or null when the value is not numeric.</summary>
    public static double? AsNumber(object? value) => value switch
    {
        int i => i,
        long l => l,
        double d => d,
        float f => f,
        decimal m => (double)m,
        short s => s,
        byte b => b,
        sbyte sb => sb,
        ushort us => us,
        uint ui => ui,
        ulong ul => ul,
        JsonElement { ValueKind: JsonValueKind.Number } e => e.GetDouble(),
        _ => null,
    };

    // Splits "1.2345E+003" or "1234.5" into significant digits "12345" and the exponent of the first digit.
    private static (string Digits, int Exponent) Decompose(string text)
    {
        var ePos = text.IndexOfAny(['E', 'e']);
        var mantissa = ePos >= 0 ? text[..ePos] : text;
        var exp = ePos >= 0 ? int.Parse(text[(ePos + 1)..], CultureInfo.InvariantCulture) : 0;
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var intPart = dot >= 0 ? mantissa[..dot] : mantissa;
        var fracPart = dot >= 0 ? mantissa[(dot + 1)..] : string.Empty;
        var all = intPart + fracPart;
        var pointExp = exp + intPart.Length - 1;
        var firstNonZero = 0;
        while (firstNonZero < all.Length - 1 && all[firstNonZero] == '0')
        {
            firstNonZero++;
        }

        pointExp -= firstNonZero;
        var digits = all[firstNonZero..].TrimEnd('0');
        return (digits.Length == 0 ? "0" : digits, pointExp);
    }

    private static string Format(object? value, int depth)
    {
        switch (value)
        {
            case null:
                return "null";
            case string s:
                return JsonSerializer.Serialize(s, JsonOptions.Default);
            case char c:
                return JsonSerializer.Serialize(c.ToString(), JsonOptions.Default);
            case bool b:
                return b ? "true" : "false";
            case JsonElement element:
                return FormatJson(element, depth);
            case Enum e:
                return JsonSerializer.Serialize(e.ToString(), JsonOptions.Default);
        }

        if (AsNumber(value) is { } number)
        {
            return FormatNumber(number);
        }

        return value switch
        {
            // Generic dictionaries first: enumerating one through IDictionary yields KeyValuePairs, not DictionaryEntries.
            IEnumerable<KeyValuePair<string, object?>> pairs => FormatEntries(
                pairs.Select(p => (p.Key, p.Value)).ToList(), depth),
            IDictionary dictionary => FormatEntries(
                dictionary.Keys.Cast<object>().Select(k => (Convert.ToString(k, CultureInfo.InvariantCulture) ?? string.Empty, dictionary[k])).ToList(), depth),
            IEnumerable items => FormatArray(items.Cast<object?>().ToList(), depth),
            _ => FormatEntries(
                value.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0)
                    .Select(p => (p.Name, p.GetValue(value))).ToList(), depth),
        };
    }

    private static string FormatJson(JsonElement element, int depth) => element.ValueKind switch
    {
        JsonValueKind.String => JsonSerializer.Serialize(element.GetString(), JsonOptions.Default),
        JsonValueKind.Number => FormatNumber(element.GetDouble()),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Array => FormatArray(element.EnumerateArray().Select(e => (object?)e).ToList(), depth),
        JsonValueKind.Object => FormatEntries(
            element.EnumerateObject().Select(p => (p.Name, (object?)p.Value)).ToList(), depth),
        _ => "null",
    };

    private static string FormatEntries(List<(string Key, object? Value)> entries, int depth)
    {
        if (entries.Count == 0)
        {
            return "{}";
        }

        if (depth >= MaxRecursiveDepth)
        {
            return "[Object]";
        }

        return "{ " + string.Join(", ", entries.Select(e => e.Key + ": " + Format(e.Value, depth + 1))) + " }";
    }

    private static string FormatArray(List<object?> items, int depth)
    {
        if (items.Count == 0)
        {
            return "[]";
        }

        if (depth >= MaxRecursiveDepth)
        {
            return "[Array]";
        }

        var shown = items.Take(MaxArrayLength).Select(i => Format(i, depth + 1)).ToList();
        var remaining = items.Count - shown.Count;
        if (remaining == 1)
        {
            shown.Add("... 1 more item");
        }
        else if (remaining > 1)
        {
            shown.Add($"... {remaining} more items");
        }

        return "[" + string.Join(", ", shown) + "]";
    }

    private static class JsonOptions
    {
        // JSON.stringify leaves non-ASCII characters as they are; the default encoder would escape them.
        public static readonly JsonSerializerOptions Default = new()
        {
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
    }
}
