namespace Throughline.Api.Configuration;

/// <summary>
/// Maps the documented environment variables (THROUGHLINE_DB, THROUGHLINE_API_KEY, ...) onto configuration keys, so
/// they win over appsettings.json while ASP.NET Core's own <c>Throughline__Limits__MaxDepth</c> style keeps working.
/// </summary>
public static class EnvironmentOverrides
{
    private static readonly (string Variable, string Key)[] Map =
    [
        ("THROUGHLINE_STORE", "Throughline:Store"),
        ("THROUGHLINE_DB", "Throughline:Database"),
        ("THROUGHLINE_SEED_DATA", "Throughline:SeedData"),
        ("THROUGHLINE_API_KEY", "Throughline:ApiKey"),
        ("THROUGHLINE_URLS", "Throughline:Urls"),
        ("THROUGHLINE_NEO4J_PATHS", "Throughline:Neo4jPaths"),
    ];

    public static IConfigurationBuilder AddThroughlineEnvironment(this IConfigurationBuilder configuration)
    {
        var values = new Dictionary<string, string?>();
        foreach (var (variable, key) in Map)
        {
            if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value)
            {
                values[key] = value;
            }
        }

        return configuration.AddInMemoryCollection(values);
    }
}
