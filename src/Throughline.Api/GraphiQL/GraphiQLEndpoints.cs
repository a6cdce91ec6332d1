using Microsoft.Extensions.FileProviders;

namespace Throughline.Api.GraphiQL;

/// <summary>
/// GraphiQL: the page (GET /graphql with Accept: text/html, see GraphQLEndpoints) and its files under /graphiql/.
/// React, ReactDOM and GraphiQL's UMD build are copied from npm at build time to wwwroot/graphiql next to the
/// assembly; our page and start script are embedded resources.
/// </summary>
public static class GraphiQLEndpoints
{
    private static readonly Lazy<string> Page = new(() => Resources.Read("Throughline.Api.graphiql.html"));
    private static readonly Lazy<string> StartScript = new(() => Resources.Read("Throughline.Api.graphiql.start.js"));

    public static string AssetDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "wwwroot", "graphiql");

    public static bool AssetsInstalled => File.Exists(Path.Combine(AssetDirectory, "graphiql.min.js"));

    public static WebApplication UseGraphiQLAssets(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (AssetsInstalled)
        {
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new PhysicalFileProvider(AssetDirectory),
                RequestPath = "/graphiql",
            });
        }

        return app;
    }

    public static IEndpointRouteBuilder MapGraphiQL(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/graphiql/start.js", () => Results.Text(StartScript.Value, "text/javascript; charset=utf-8"));
        endpoints.MapGet("/graphiql", () => Results.Redirect("/graphql"));
        return endpoints;
    }

    /// <summary>The page, or a 503 that says how to install the missing files.</summary>
    public static IResult PageResult() => AssetsInstalled
        ? Results.Text(Page.Value, "text/html; charset=utf-8")
        : Results.Text(
            "GraphiQL's files are missing next to the server (wwwroot/graphiql). Build src/Throughline.Api with npm available: the build runs 'npm ci' and copies them.",
            "text/plain; charset=utf-8",
            statusCode: StatusCodes.Status503ServiceUnavailable);
}
