using Microsoft.Extensions.Options;
using Throughline.Api.Configuration;
using Throughline.Api.GraphiQL;
using Throughline.Api.Schema;
using Throughline.Api.Security;

namespace Throughline.Api.Http;

/// <summary>
/// GraphQL over HTTP: POST /graphql (application/json body), GET /graphql (?query=, queries only; GraphiQL for
/// browsers) and the schema as SDL at GET /graphql/schema.graphql.
/// </summary>
public static class GraphQLEndpoints
{
    public static IEndpointRouteBuilder MapGraphQL(this IEndpointRouteBuilder endpoints)
    {
        var graphql = endpoints.MapGroup("/graphql").RequireRateLimiting(RateLimiting.PolicyName);
        graphql.MapPost(string.Empty, PostAsync);
        graphql.MapGet(string.Empty, GetAsync);
        graphql.MapMethods(string.Empty, ["PUT", "PATCH", "DELETE"], NotAllowedAsync);
        endpoints.MapGet("/graphql/schema.graphql", () => Results.Text(KnowledgeBaseSchema.Sdl, "text/plain; charset=utf-8"))
            .RequireRateLimiting(RateLimiting.PolicyName);
        return endpoints;
    }

    private static async Task PostAsync(HttpContext context, GraphQLPipeline pipeline, IOptions<ApiOptions> options)
    {
        try
        {
            var mediaType = Negotiate(context, allowHtml: false);
            RequestBody.RequireJsonContentType(context.Request);
            var body = await RequestBody.ReadAsync(context.Request, options.Value.Limits.MaxBodyBytes, context.RequestAborted)
                .ConfigureAwait(false);
            var request = GraphQLHttpRequest.FromJsonBody(body);
            var result = await pipeline.ExecuteAsync(request, context, viaGet: false).ConfigureAwait(false);
            await GraphQLResponses.WriteResultAsync(context, result, mediaType).ConfigureAwait(false);
        }
        catch (RequestProblem problem)
        {
            await GraphQLResponses.WriteProblemAsync(context, problem, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private static async Task GetAsync(HttpContext context, GraphQLPipeline pipeline)
    {
        try
        {
            var mediaType = Negotiate(context, allowHtml: true);
            if (mediaType == MediaTypes.Html)
            {
                await GraphiQLEndpoints.PageResult().ExecuteAsync(context).ConfigureAwait(false);
                return;
            }

            var request = GraphQLHttpRequest.FromQueryString(context.Request.Query);
            var result = await pipeline.ExecuteAsync(request, context, viaGet: true).ConfigureAwait(false);
            await GraphQLResponses.WriteResultAsync(context, result, mediaType).ConfigureAwait(false);
        }
        catch (RequestProblem problem)
        {
            await GraphQLResponses.WriteProblemAsync(context, problem, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private static Task NotAllowedAsync(HttpContext context) => GraphQLResponses.WriteProblemAsync(
        context,
        new RequestProblem(
            StatusCodes.Status405MethodNotAllowed,
            $"{context.Request.Method} is not supported on /graphql: use POST, or GET for queries.")
        {
            Headers = new Dictionary<string, string> { ["Allow"] = "GET, POST" },
        },
        context.RequestAborted);

    private static string Negotiate(HttpContext context, bool allowHtml) =>
        MediaTypes.Negotiate(context.Request.Headers.Accept, allowHtml)
        ?? throw new RequestProblem(
            StatusCodes.Status406NotAcceptable,
            $"None of the media types in 'Accept: {context.Request.Headers.Accept}' can be produced: accept application/graphql-response+json or application/json.");
}
