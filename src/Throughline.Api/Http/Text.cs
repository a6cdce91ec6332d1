using System.Text;

namespace Throughline.Api.Http;

/// <summary>
/// Request text must be well-formed Unicode: a lone surrogate (an escaped <c>\uD800</c> in JSON, or one decoded
/// from a URL) cannot be stored, compared or written back as UTF-8, so it is refused as the client's mistake.
/// </summary>
internal static class Text
{
    public static string RequireWellFormed(string value, string parameter)
    {
        // Invalid UTF-8 in a URL decodes to U+FFFD; a lone surrogate is the only ill-formed UTF-16 left.
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                throw Malformed(parameter);
            }
        }

        return value;
    }

    /// <summary>Checks every key and string of a JSON-shaped value (maps, lists, scalars), in place.</summary>
    public static IReadOnlyDictionary<string, object?>? RequireWellFormed(IReadOnlyDictionary<string, object?>? map, string parameter)
    {
        Walk(map, parameter);
        return map;
    }

    private static void Walk(object? value, string parameter)
    {
        switch (value)
        {
            case string text:
                RequireWellFormed(text, parameter);
                break;
            case IReadOnlyDictionary<string, object?> map:
                foreach (var (key, item) in map)
                {
                    RequireWellFormed(key, parameter);
                    Walk(item, parameter);
                }

                break;
            case System.Collections.IEnumerable items:
                foreach (var item in items)
                {
                    Walk(item, parameter);
                }

                break;
        }
    }

    /// <summary>Runs a read of JSON strings; System.Text.Json refuses to decode a lone surrogate escape with InvalidOperationException.</summary>
    public static T Checked<T>(Func<T> read, string parameter)
    {
        try
        {
            return read();
        }
        catch (InvalidOperationException)
        {
            throw Malformed(parameter);
        }
        catch (DecoderFallbackException)
        {
            throw Malformed(parameter);
        }
    }

    private static RequestProblem Malformed(string parameter) => new(
        StatusCodes.Status400BadRequest,
        $"The \"{parameter}\" parameter contains text that is not valid Unicode (invalid UTF-8 or a lone surrogate): send well-formed UTF-8.");
}
