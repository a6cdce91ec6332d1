using BenchmarkDotNet.Attributes;
using Throughline.Core.Storage;
using Throughline.Storage.Sqlite;

namespace Throughline.Benchmarks.Storage;

/// <summary>
/// Bulk import into a fresh SQLite file (one transaction, prepared statements reused), and re-import of identical data.
/// Relations per second = Relations / Mean. Run: dotnet run -c Release --project tests/Throughline.Benchmarks -- --filter '*SqliteImport*' --job short
/// </summary>
[MemoryDiagnoser]
public class SqliteImportBenchmarks
{
    private ImportBatch _batch = null!;
    private string _directory = null!;
    private SqliteGraphStore _store = null!;

    [Params(200_000)]
    public int Relations { get; set; }

    [GlobalSetup]
    public void CreateBatch()
    {
        _batch = SyntheticImportBatch.Create(Relations);
        _directory = Path.Combine(Path.GetTempPath(), "throughline-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
    }

    [IterationSetup(Target = nameof(ImportIntoEmptyFile))]
    public void OpenEmptyFile() => _store = SqliteGraphStore.OpenAsync(Path.Combine(_directory, $"{Guid.NewGuid():N}.db")).GetAwaiter().GetResult();

    [IterationSetup(Target = nameof(ReimportUnchanged))]
    public void OpenFilledFile()
    {
        OpenEmptyFile();
        _store.ApplyAsync(_batch).GetAwaiter().GetResult();
    }

    [IterationCleanup]
    public void CloseFile() => _store.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void DeleteFiles() => Directory.Delete(_directory, recursive: true);

    [Benchmark]
    public Task<ImportResult> ImportIntoEmptyFile() => _store.ApplyAsync(_batch);

    [Benchmark]
    public Task<ImportResult> ReimportUnchanged() => _store.ApplyAsync(_batch);
}
