using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Throughline.Api.Configuration;
using Throughline.Api.Explorer;
using Throughline.Api.GraphiQL;
using Throughline.Api.Health;
using Throughline.Api.Http;
using Throughline.Api.KnowledgeBase;
using Throughline.Api.Limits;
using Throughline.Api.Schema;
using Throughline.Api.Security;

namespace Throughline.Api.Hosting;

/// <summary>
/// Builds the web application: configuration, services, middleware and endpoints, then opens the knowledge base
/// (store, seed import, index, schema) before the server starts listening.
/// </summary>
public static class ApiApplication
{
    public static async Task<WebApplication> CreateAsync(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // appsettings.json comes from next to the assembly; relative data paths are resolved from the working directory.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddThroughlineEnvironment();
        // --urls, --db and --Throughline:... still win over the environment
        builder.Configuration.AddCommandLine(args, new Dictionary<string, string> { ["--db"] = "Throughline:Database" });
        // A failed start is reported in one line by Program; the host would log it again with a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        configure?.Invoke(builder);
        var options = builder.Configuration.GetSection(ApiOptions.Section).Get<ApiOptions>() ?? new ApiOptions();
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(options.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.Limits.MaxBodyBytes;
        });
        AddServices(builder.Services, builder.Configuration, options);

        var app = builder.Build();
        UseMiddleware(app);
        app.MapGraphQL();
        app.MapGraphiQL();
        app.MapExplorer();
        app.MapHealth();
        app.MapExport();
        await OpenKnowledgeBaseAsync(app, options).ConfigureAwait(false);
        app.Lifetime.ApplicationStarted.Register(() => LogAddresses(app));
        return app;
    }

    private static void AddServices(IServiceCollection services, IConfiguration configuration, ApiOptions options)
    {
        services.Configure<ApiOptions>(configuration.GetSection(ApiOptions.Section));
        services.AddSingleton<ApiRuntime>();
        services.AddSingleton<ApiKeyAuthorizer>();
        services.AddSingleton<GraphQLPipeline>();
        services.AddThroughlineRateLimiting(options.RateLimit);
        services.AddSingleton<ClientAddress>();
        services.AddSingleton<HeavyRequestGate>();
        services.AddSingleton<HeavyWorkLimiter>();
        services.AddSingleton<GraphExportSlots>();
        services.AddSingleton<HealthCache>();
        services.AddSingleton<CorsPolicies>();
        services.AddCors();
        services.AddSingleton<Microsoft.AspNetCore.Cors.Infrastructure.ICorsPolicyProvider>(s => s.GetRequiredService<CorsPolicies>());
    }

    private static void UseMiddleware(WebApplication app)
    {
        // Anything unhandled becomes a GraphQL-shaped 500 without details: stack traces and paths stay in the log.
        app.UseExceptionHandler(errors => errors.Run(context =>
        {
            var failure = context.Features.Get<IExceptionHandlerFeature>()?.Error;
            var problem = failure is BadHttpRequestException bad
                ? new RequestProblem(bad.StatusCode, bad.StatusCode == StatusCodes.Status413PayloadTooLarge
                    ? "The request body is larger than the server's limit."
                    : "The request could not be read.", bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? ErrorCodes.LimitExceeded : ErrorCodes.BadUserInput)
                : new RequestProblem(StatusCodes.Status500InternalServerError, "Internal server error; the details are in the server log.", ErrorCodes.InternalServerError);
            return GraphQLResponses.WriteProblemAsync(context, problem, context.RequestAborted);
        }));
        app.UseCors();
        app.UseRateLimiter();
        app.UseGraphiQLAssets();
        app.UseExplorerAssets();
    }

    private static async Task OpenKnowledgeBaseAsync(WebApplication app, ApiOptions options)
    {
        var (graph, seed) = await KnowledgeBaseStartup.OpenAsync(options, app.Configuration, app.Environment.ContentRootPath, app.Logger, CancellationToken.None)
            .ConfigureAwait(false);
        app.Services.GetRequiredService<ApiRuntime>().Initialize(graph, KnowledgeBaseSchema.Create(graph, app.Logger), seed);
    }

    private static void LogAddresses(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            app.Logger.LogInformation("Explorer: {Address}/   GraphiQL: {Address}/graphql   (health: {Address}/health)", address, address, address);
        }

        if (!app.Services.GetRequiredService<ApiKeyAuthorizer>().MutationsEnabled)
        {
            app.Logger.LogInformation("Mutations are disabled: set THROUGHLINE_API_KEY to enable them.");
        }
    }
}
