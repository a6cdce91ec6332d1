using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Execution;

/// <summary>Per-request <see cref="DataLoader{TKey,TValue}"/>s for resolvers.</summary>
public static class DataLoaderExtensions
{
    internal const string SchedulerKey = "Throughline.GraphQL.Execution.DataLoaderScheduler";

    /// <summary>
    /// The request's loader named <paramref name="loaderKey"/>, created with <paramref name="batch"/> on first use.
    /// All resolvers of one request that use the same key share one loader (and its cache).
    /// </summary>
    /// <exception cref="InvalidOperationException">The context does not come from the executor (no scheduler).</exception>
    public static DataLoader<TKey, TValue> GetDataLoader<TKey, TValue>(
        this ResolveFieldContext context,
        string loaderKey,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batch)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(context);
        var items = context.RequestItems;
        lock (items)
        {
            if (items.TryGetValue(loaderKey, out var existing))
            {
                return existing as DataLoader<TKey, TValue> ?? throw new InvalidOperationException(
                    $"Request item \"{loaderKey}\" is a {Describe(existing?.GetType())}, not a {Describe(typeof(DataLoader<TKey, TValue>))}.");
            }

            if (!items.TryGetValue(SchedulerKey, out var scheduler) || scheduler is not DataLoaderScheduler dataLoaderScheduler)
            {
                throw new InvalidOperationException(
                    "DataLoaders need the executor's scheduler; this ResolveFieldContext was not created by the executor.");
            }

            var loader = new DataLoader<TKey, TValue>(batch, dataLoaderScheduler, context.CancellationToken);
            items[loaderKey] = loader;
            return loader;
        }
    }

    // "DataLoader<Int32, String>" rather than "DataLoader`2".
    private static string Describe(Type? type) => type switch
    {
        null => "null",
        { IsGenericType: true } => $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(Describe))}>",
        _ => type.Name,
    };
}
