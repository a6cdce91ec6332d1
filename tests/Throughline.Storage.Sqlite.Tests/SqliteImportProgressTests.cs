using Throughline.Core.Model;
using Throughline.Core.Storage;

namespace Throughline.Storage.Sqlite.Tests;

public sealed class SqliteImportProgressTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task A_large_import_reports_rising_progress_through_the_store_interface()
    {
        var entities = Enumerable.Range(0, 10_000).Select(i => new Entity($"org/e-{i:D5}", $"E {i}", EntityKind.Organization, [])).ToList();
        await using var store = await SqliteGraphStore.OpenAsync(_directory.File("progress.db"));
        var reports = new List<long>();

        await ((IGraphStore)store).ApplyAsync(new ImportBatch([], entities, []), new Recorder(reports));

        reports.Should().NotBeEmpty().And.BeInAscendingOrder();
        reports.Should().Contain(v => v > 0 && v < entities.Count);
        reports[^1].Should().BeLessThanOrEqualTo(entities.Count);
    }

    /// <summary>Records reports synchronously (Progress&lt;T&gt; would post them to the thread pool).</summary>
    private sealed class Recorder(List<long> reports) : IProgress<long>
    {
        public void Report(long value) => reports.Add(value);
    }
}
