namespace Throughline.Api.Schema;

internal static class TaskExtensions
{
    /// <summary>Widens a loader's task to the resolver's result type.</summary>
    public static async Task<object?> AsObject<T>(this Task<T> task) => await task.ConfigureAwait(false);
}
