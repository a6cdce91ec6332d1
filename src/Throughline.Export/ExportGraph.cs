using System.Runtime.CompilerServices;
using Throughline.Core.Model;
using Throughline.Core.Storage;

namespace Throughline.Export;

/// <summary>A relation as exported: the record plus its independent-source count (distinct origins of its evidence).</summary>
public sealed record ExportRelation(Relation Relation, int IndependentSources);

/// <summary>How far an export has got, in records written (reported every few thousand records and at the end).</summary>
public readonly record struct ExportProgress(long Entities, long Relations);

/// <summary>
/// What a writer reads: articles, then entities, then relations, each in id order, read once from a stream (the whole
/// store) or from lists (a query's subgraph). Writers take the three sequences in that order; asking for a later one
/// skips what is left of the earlier ones. Articles are remembered without their text, so relations' independent
/// sources can be counted while they stream.
/// </summary>
public sealed class ExportGraph : IAsyncDisposable
{
    private const int ProgressEvery = 16_384;
    private readonly IAsyncEnumerable<GraphRecord> _records;
    private readonly Dictionary<string, Article> _provenance = new(StringComparer.Ordinal);
    private IAsyncEnumerator<GraphRecord>? _cursor;
    private bool _pending;
    private bool _done;
    private int _stage;

    private ExportGraph(IAsyncEnumerable<GraphRecord> records, IEnumerable<Article> provenanceOnly)
    {
        _records = records;
        foreach (var article in provenanceOnly)
        {
            _provenance[article.Id] = article with { Text = null };
        }
    }

    /// <summary>Hears how many records have been written (every few thousand and at the end of each stage).</summary>
    public IProgress<ExportProgress>? Progress { get; private init; }

    /// <summary>The whole graph as a store streams it (<see cref="IGraphStore.StreamAllAsync"/>).</summary>
    public static ExportGraph FromStream(IAsyncEnumerable<GraphRecord> records, IProgress<ExportProgress>? progress = null) =>
        new(records, []) { Progress = progress };

    /// <summary>
    /// A subgraph held in memory. <paramref name="provenanceOnly"/> are articles that are not exported but are needed to
    /// count origins (the originals a quoted article republishes or cites).
    /// </summary>
    public static ExportGraph FromRecords(
        IEnumerable<Article> articles, IEnumerable<Entity> entities, IEnumerable<Relation> relations, IEnumerable<Article>? provenanceOnly = null) =>
        new(ToAsync(GraphRecord.Of(new GraphSnapshot([.. articles], [.. entities], [.. relations]))), provenanceOnly ?? []);

    /// <summary>The article with this id, without its text, once the articles have been read past; null if unknown.</summary>
    public Article? Article(string id) => _provenance.GetValueOrDefault(id);

    public async IAsyncEnumerable<Article> ArticlesAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        Enter(1);
        while (await NextAsync(ct).ConfigureAwait(false) is { Article: { } article })
        {
            Take();
            _provenance[article.Id] = article with { Text = null };
            yield return article;
        }
    }

    public async IAsyncEnumerable<Entity> EntitiesAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        await SkipToAsync(2, ct).ConfigureAwait(false);
        long count = 0;
        while (await NextAsync(ct).ConfigureAwait(false) is { Entity: { } entity })
        {
            Take();
            if (++count % ProgressEvery == 0)
            {
                Progress?.Report(new ExportProgress(count, 0));
            }

            yield return entity;
        }

        EntitiesRead = count;
        Progress?.Report(new ExportProgress(count, 0));
    }

    public async IAsyncEnumerable<ExportRelation> RelationsAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        await SkipToAsync(3, ct).ConfigureAwait(false);
        long count = 0;
        while (await NextAsync(ct).ConfigureAwait(false) is { Relation: { } relation })
        {
            Take();
            if (++count % ProgressEvery == 0)
            {
                Progress?.Report(new ExportProgress(EntitiesRead, count));
            }

            yield return new ExportRelation(relation, Provenance.IndependentSources(relation, _provenance));
        }

        Progress?.Report(new ExportProgress(EntitiesRead, count));
    }

    private long EntitiesRead { get; set; }

    private void Enter(int stage)
    {
        if (stage <= _stage)
        {
            throw new InvalidOperationException("An export graph is read once: articles, then entities, then relations.");
        }

        _stage = stage;
    }

    private async Task SkipToAsync(int stage, CancellationToken ct)
    {
        Enter(stage);
        while (await NextAsync(ct).ConfigureAwait(false) is { } record && IsBefore(record, stage))
        {
            Take();
            if (record.Article is { } article)
            {
                _provenance[article.Id] = article with { Text = null };
            }
        }
    }

    private static bool IsBefore(GraphRecord record, int stage) =>
        stage switch
        {
            2 => record.Article is not null,
            _ => record.Article is not null || record.Entity is not null,
        };

    /// <summary>The next record without consuming it (so a stage stops at the first record of the next), or null at the end.</summary>
    private async ValueTask<GraphRecord?> NextAsync(CancellationToken ct)
    {
        if (_done)
        {
            return null;
        }

        _cursor ??= _records.GetAsyncEnumerator(ct);
        if (!_pending)
        {
            if (!await _cursor.MoveNextAsync().ConfigureAwait(false))
            {
                _done = true;
                await DisposeAsync().ConfigureAwait(false);
                return null;
            }

            _pending = true;
        }

        return _cursor.Current;
    }

    private void Take() => _pending = false;

    /// <summary>Ends the underlying read (closing a store's connection) when a writer stops early.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_cursor is { } cursor)
        {
            _cursor = null;
            _done = true;
            await cursor.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static async IAsyncEnumerable<GraphRecord> ToAsync(IEnumerable<GraphRecord> records)
    {
        await Task.CompletedTask.ConfigureAwait(false);
        foreach (var record in records)
        {
            yield return record;
        }
    }
}
