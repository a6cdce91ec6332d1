using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Throughline.Api.Explorer;

/// <summary>
/// The explorer page at GET /, the review of drafts at GET /review, and their built files under /explorer/. The build (src/Throughline.Api.csproj, target
/// ExplorerBuild) runs vite on src/Throughline.Explorer and copies the result to wwwroot/explorer next to the assembly,
/// so the page works offline and talks only to this server's /graphql.
/// </summary>
public static class ExplorerEndpoints
{
    public static string AssetDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "wwwroot", "explorer");

    public static WebApplication UseExplorerAssets(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (Directory.Exists(AssetDirectory))
        {
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new PhysicalFileProvider(AssetDirectory),
                RequestPath = "/explorer",
                // File names under assets/ carry a content hash, so they may be cached for good.
                OnPrepareResponse = context =>
                {
                    if (context.Context.Request.Path.StartsWithSegments("/explorer/assets", StringComparison.Ordinal))
                    {
                        context.Context.Response.Headers[HeaderNames.CacheControl] = "public, max-age=31536000, immutable";
                    }
                },
            });
        }

        return app;
    }

    public static IEndpointRouteBuilder MapExplorer(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", (HttpContext context) => PageResult(context, "index.html"));
        endpoints.MapGet("/review", (HttpContext context) => PageResult(context, "review.html"));
        endpoints.MapGet("/explorer", () => Results.Redirect("/"));
        return endpoints;
    }

    /// <summary>The page (read per request: it is small and a rebuild changes its asset names), or a 503 saying how to build it.</summary>
    private static IResult PageResult(HttpContext context, string page)
    {
        var path = Path.Combine(AssetDirectory, page);
        if (!File.Exists(path))
        {
            return Results.Text(
                "The explorer's files are missing next to the server (wwwroot/explorer). Build src/Throughline.Api with npm available: the build runs 'npm ci' and 'vite build' in src/Throughline.Explorer.",
                "text/plain; charset=utf-8",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        context.Response.Headers[HeaderNames.CacheControl] = "no-cache";
        return Results.File(path, "text/html; charset=utf-8");
    }
}
