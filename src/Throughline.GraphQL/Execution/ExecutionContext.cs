using System.Collections.Concurrent;
using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Execution;

/// <summary>Everything one execution shares: the operation, coerced variables, collected errors, per-request items.</summary>
internal sealed class ExecutionContext
{
    public ExecutionContext(
        GraphQLSchema schema,
        Document document,
        OperationDefinition operation,
        IReadOnlyDictionary<string, FragmentDefinition> fragments,
        IReadOnlyDictionary<string, object?> variableValues,
        ExecutionRequest request,
        ExecutionOptions options,
        CancellationToken cancellationToken)
    {
        Schema = schema;
        Document = document;
        Operation = operation;
        Fragments = fragments;
        VariableValues = variableValues;
        RootValue = request.RootValue;
        UserContext = request.UserContext;
        Options = options;
        CancellationToken = cancellationToken;
        Collector = new FieldCollector(this);
        ResolverSlots = options.MaxParallelism is { } limit
            ? new SemaphoreSlim(Math.Max(1, limit))
            : null;
        RequestItems[DataLoaderExtensions.SchedulerKey] = Scheduler;
    }

    public GraphQLSchema Schema { get; }

    public Document Document { get; }

    public OperationDefinition Operation { get; }

    public IReadOnlyDictionary<string, FragmentDefinition> Fragments { get; }

    public IReadOnlyDictionary<string, object?> VariableValues { get; }

    public object? RootValue { get; }

    public object? UserContext { get; }

    public ExecutionOptions Options { get; }

    public CancellationToken CancellationToken { get; }

    public ErrorCollector Errors { get; } = new();

    public FieldCollector Collector { get; }

    public DataLoaderScheduler Scheduler { get; } = new();

    /// <summary>Limits concurrently running resolvers when <see cref="ExecutionOptions.MaxParallelism"/> is set.</summary>
    public SemaphoreSlim? ResolverSlots { get; }

    /// <summary>Resolvers run concurrently, so the per-request cache must be thread-safe.</summary>
    public ConcurrentDictionary<string, object?> RequestItems { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<SourceLocation> Locate(Node node) => Locations.Of(Document, node);
}
