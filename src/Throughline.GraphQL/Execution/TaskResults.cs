using System.Collections.Concurrent;
using System.Reflection;

namespace Throughline.GraphQL.Execution;

/// <summary>The result of a completed task whose type argument is only known at runtime.</summary>
internal static class TaskResults
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo?> ResultProperties = new();

    /// <summary>Task&lt;T&gt;.Result, or null for a task without a result.</summary>
    public static object? Of(Task completed)
    {
        var property = ResultProperties.GetOrAdd(completed.GetType(), static type =>
        {
            for (var t = type; t is not null && t != typeof(Task); t = t.BaseType)
            {
                if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Task<>))
                {
                    return t.GetProperty(nameof(Task<object>.Result));
                }
            }

            return null;
        });
        return property?.GetValue(completed);
    }
}
