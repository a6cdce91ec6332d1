using Throughline.Core.Index;

namespace Throughline.Api.KnowledgeBase;

/// <summary>
/// The graph views one request reads through. The first read opens a view (index + store snapshot at one version)
/// and every later read of the request shares it. A write made by the request (a mutation) drops it, so the fields
/// after the write read a version that includes it; the views are disposed when the request ends.
/// </summary>
public sealed class RequestViews : IAsyncDisposable
{
    private readonly IndexedGraph? _graph;
    private readonly Lock _gate = new();
    private readonly List<Task<GraphView>> _opened = [];
    private Task<GraphView>? _current;

    internal RequestViews(IndexedGraph? graph) => _graph = graph;

    /// <summary>For a graph without an index of its own (Neo4j answers path queries in the server): nothing to pin.</summary>
    public static RequestViews None { get; } = new(null);

    internal IndexedGraph? Graph => _graph;

    internal Task<GraphView> CurrentAsync()
    {
        ArgumentNullException.ThrowIfNull(_graph);
        lock (_gate)
        {
            if (_current is null)
            {
                // Not the caller's token: the view is shared by every field of the request, not owned by the first one.
                _current = _graph.OpenViewAsync(CancellationToken.None);
                _opened.Add(_current);
            }

            return _current;
        }
    }

    internal void AfterWrite()
    {
        lock (_gate)
        {
            _current = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        List<Task<GraphView>> opened;
        lock (_gate)
        {
            opened = [.. _opened];
            _opened.Clear();
            _current = null;
        }

        foreach (var view in opened)
        {
            // A view that failed to open holds nothing; its error already reached the fields that asked for it.
            if (await view.ContinueWith(static t => t.IsCompletedSuccessfully, TaskScheduler.Default).ConfigureAwait(false))
            {
                await view.Result.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
