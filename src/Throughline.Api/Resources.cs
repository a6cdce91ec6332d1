namespace Throughline.Api;

/// <summary>Reads the text files embedded in this assembly (schema, GraphiQL page).</summary>
internal static class Resources
{
    public static string Read(string logicalName)
    {
        using var stream = typeof(Resources).Assembly.GetManifestResourceStream(logicalName)
            ?? throw new InvalidOperationException($"Embedded resource '{logicalName}' is missing from {typeof(Resources).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
