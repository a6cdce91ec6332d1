using Throughline.GraphQL.Execution;
using Throughline.GraphQL.Language;
using Throughline.GraphQL.Validation;

namespace Throughline.GraphQL;

// Entry points of spec 6.1 "Executing Requests": parse → validate → execute.
public sealed partial class GraphQLSchema
{
    /// <summary>
    /// Parses, validates and executes <paramref name="request"/>. Syntax and validation errors come back as a result
    /// with errors and no data; field errors come back next to the data.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<ExecutionResult> ExecuteAsync(
        ExecutionRequest request, CancellationToken cancellationToken = default, ExecutionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        options ??= ExecutionOptions.Default;
        Document document;
        try
        {
            document = Parser.Parse(request.Query, options.ParseOptions);
        }
        catch (GraphQLSyntaxException e)
        {
            return Task.FromResult(ExecutionResult.FromRequestErrors([e.Error]));
        }

        var errors = DocumentValidator.Validate(
            this, document, SpecifiedRules.All.Concat(options.ValidationRules), options.ValidationOptions);
        return errors.Count > 0
            ? Task.FromResult(ExecutionResult.FromRequestErrors(errors))
            : ExecuteAsync(document, request, cancellationToken, options);
    }

    /// <summary>
    /// Executes a document that was already parsed and validated against this schema (e.g. taken from a cache);
    /// <see cref="ExecutionRequest.Query"/> is not read.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<ExecutionResult> ExecuteAsync(
        Document document,
        ExecutionRequest request,
        CancellationToken cancellationToken = default,
        ExecutionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(request);
        return Executor.ExecuteAsync(this, document, request, options ?? ExecutionOptions.Default, cancellationToken);
    }
}
