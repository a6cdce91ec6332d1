namespace Throughline.Export.Output;

/// <summary>RFC 4180 fields: quoted when they hold a comma, a quotation mark or a line break (or are empty strings); quotation marks doubled.</summary>
internal static class Csv
{
    private static readonly char[] Special = [',', '"', '\n', '\r'];

    public static void Row(TextWriter writer, IEnumerable<string?> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                writer.Write(',');
            }

            first = false;
            Field(writer, field);
        }

        writer.Write("\r\n");
    }

    public static void Field(TextWriter writer, string? field)
    {
        if (field is null)
        {
            return; // absent: an empty field
        }

        if (field.Length == 0)
        {
            writer.Write("\"\""); // present but empty, told apart from absent (neo4j-admin and LOAD CSV read it as "")
            return;
        }

        if (field.AsSpan().IndexOfAny(Special) < 0)
        {
            writer.Write(field);
            return;
        }

        writer.Write('"');
        writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
