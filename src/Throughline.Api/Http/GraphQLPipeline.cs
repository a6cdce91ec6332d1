using Microsoft.Extensions.Options;
using Throughline.Api.Configuration;
using Throughline.Api.Limits;
using Throughline.Api.Security;
using Throughline.Core.Paths;
using Throughline.GraphQL;
using Throughline.GraphQL.Execution;
using Throughline.GraphQL.Language;
using Throughline.GraphQL.Validation;

namespace Throughline.Api.Http;

/// <summary>
/// One request from text to result: size check, parse (once), GET/auth rules for mutations, limit rules (depth,
/// aliases, complexity) before the spec's rules so abusive documents are rejected cheaply, then execution under the
/// request timeout.
/// </summary>
public sealed class GraphQLPipeline(
    ApiRuntime runtime,
    ApiKeyAuthorizer authorizer,
    HeavyRequestGate heavyRequests,
    HeavyWorkLimiter heavyWork,
    ClientAddress clients,
    CorsPolicies cors,
    IOptions<ApiOptions> options,
    ILogger<GraphQLPipeline> logger)
{
    private readonly LimitOptions _limits = options.Value.Limits;
    private readonly ParseOptions _parseOptions = new() { MaxTokens = options.Value.Limits.MaxTokens, MaxDepth = 64 };
    private readonly ExecutionOptions _executionOptions = new() { IncludeExceptionDetails = options.Value.IncludeExceptionDetails };

    public async Task<ExecutionResult> ExecuteAsync(GraphQLHttpRequest request, HttpContext context, bool viaGet)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        if (request.Query.Length > _limits.MaxDocumentLength)
        {
            return LimitError($"The document is {request.Query.Length} characters long; the limit is {_limits.MaxDocumentLength}.");
        }

        Document document;
        try
        {
            document = Parser.Parse(request.Query, _parseOptions);
        }
        catch (GraphQLSyntaxException e)
        {
            // The parser's own limits (tokens, nesting) end in "Parsing aborted."; they are limits, not typos.
            return e.Error.Message.EndsWith("Parsing aborted.", StringComparison.Ordinal)
                ? ExecutionResult.FromRequestErrors([e.Error with { Extensions = ErrorCodes.Extensions(ErrorCodes.LimitExceeded) }])
                : ExecutionResult.FromRequestErrors([e.Error with { Extensions = ErrorCodes.Extensions(ErrorCodes.ParseFailed) }]);
        }

        var operation = OperationSelector.Find(document, request.OperationName);
        if (operation is { Operation: OperationType.Mutation })
        {
            if (viaGet)
            {
                throw new RequestProblem(
                    StatusCodes.Status405MethodNotAllowed,
                    "Mutations are not allowed over GET: send them with POST.")
                {
                    Headers = new Dictionary<string, string> { ["Allow"] = "POST" },
                };
            }

            cors.RequireMutationOrigin(context.Request);
            authorizer.RequireMutationAccess(context.Request);
        }
        else if (DocumentFields.Any(document, field => field.Name.Value is "drafts" or "draft"))
        {
            authorizer.RequireDraftAccess(context.Request);
        }

        var schema = runtime.Schema;
        var limitErrors = DocumentValidator.Validate(schema, document, LimitRules.Create(_limits, request.Variables, GraphSizeOf(runtime)));
        if (limitErrors.Count > 0)
        {
            return ExecutionResult.FromRequestErrors(
                [.. limitErrors.Select(e => e with { Extensions = ErrorCodes.Extensions(ErrorCodes.LimitExceeded) })]);
        }

        var errors = DocumentValidator.Validate(schema, document);
        if (errors.Count > 0)
        {
            // The engine ends a validation that hit its error or work limit with "... Validation aborted.": a limit.
            return ExecutionResult.FromRequestErrors([.. errors.Select(e => e with
            {
                Extensions = ErrorCodes.Extensions(e.Message.EndsWith("Validation aborted.", StringComparison.Ordinal)
                    ? ErrorCodes.LimitExceeded
                    : ErrorCodes.ValidationFailed),
            })]);
        }

        var heavy = HeavyFields.Any(document);
        using var admitted = heavy ? await heavyRequests.EnterAsync(clients.Of(context), context.RequestAborted).ConfigureAwait(false) : null;
        using var queued = heavy ? heavyWork.Admit() : null;
        var result = await ExecuteWithTimeoutAsync(schema, document, request, context.RequestAborted).ConfigureAwait(false);
        return result.HasData || result.Errors.All(e => e.Extensions?.ContainsKey("code") == true)
            ? result
            : ExecutionResult.FromRequestErrors([.. result.Errors.Select(e => e.Extensions?.ContainsKey("code") == true
                ? e
                : e with { Extensions = ErrorCodes.Extensions(ErrorCodes.BadUserInput) })]);
    }

    private async Task<ExecutionResult> ExecuteWithTimeoutAsync(
        GraphQLSchema schema, Document document, GraphQLHttpRequest request, CancellationToken aborted)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        if (_limits.TimeoutSeconds > 0)
        {
            timeout.CancelAfter(TimeSpan.FromSeconds(_limits.TimeoutSeconds));
        }
        else
        {
            timeout.Cancel(); // a zero budget: every request times out (lets clients test their handling of it)
        }

        // Every field of this request reads one version of the graph (the README's "One snapshot per request").
        await using var views = runtime.Graph.BeginRequest();
        try
        {
            var result = await schema.ExecuteAsync(document, request.ToExecutionRequest(NewRequestState()), timeout.Token, _executionOptions)
                .ConfigureAwait(false);
            return timeout.IsCancellationRequested && !aborted.IsCancellationRequested ? TimedOut() : result;
        }
        catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
        {
            return TimedOut();
        }
    }

    private Schema.RequestState NewRequestState() => new(new ExpansionAllowance(_limits.RequestExpansionBudget))
    {
        Budget = _limits.RequestExpansionBudget,
        RecordUnits = _limits.RecordWorkUnits,
        NameUnits = _limits.NameWorkUnits,
        MatchUnits = _limits.MatchWorkUnits,
        HeavyWork = heavyWork,
        Size = GraphSizeOf(runtime),
    };

    // Sizes from the in-memory index, read without a lock (a count that is one write behind prices just as well).
    private static GraphSize? GraphSizeOf(ApiRuntime runtime) =>
        runtime.Graph.Indexed?.Index is { } index ? new GraphSize(index.EntityCount, index.RelationCount) : null;

    private ExecutionResult TimedOut()
    {
        logger.LogWarning("A request exceeded the {Timeout} s time limit and was cancelled", _limits.TimeoutSeconds);
        return LimitError($"The request took longer than the time limit of {_limits.TimeoutSeconds} s and was cancelled.");
    }

    private static ExecutionResult LimitError(string message) =>
        ExecutionResult.FromRequestErrors([GraphQLResponses.Error(message, ErrorCodes.LimitExceeded)]);
}
