using Microsoft.Data.Sqlite;
using Throughline.Core.Storage;

namespace Throughline.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode with foreign keys on. Each call takes a pooled connection of its own,
/// so concurrent readers (the API) never share one; writes are single transactions. A snapshot
/// (<see cref="OpenSnapshotAsync"/>) is a second instance whose calls all run on one connection held in a read
/// transaction, so they see one committed version.
/// </summary>
public sealed partial class SqliteGraphStore : ISnapshotStore, IRecordStats
{
    /// <summary>The page size a new database file is created with.</summary>
    internal const int PageSize = 16384;

    private readonly string _connectionString;

    /// <summary>A snapshot's connection, in an open read transaction; null for the store itself.</summary>
    private readonly SqliteConnection? _pinned;

    /// <summary>Calls on a snapshot may come from concurrent resolvers; one connection serves one at a time.</summary>
    private readonly Lock _pinnedGate = new();

    private SqliteGraphStore(string path, string connectionString, SqliteConnection? pinned = null)
    {
        Path = path;
        _connectionString = connectionString;
        _pinned = pinned;
    }

    public string Name => "sqlite";

    /// <summary>The database file as the caller named it (used in every error message).</summary>
    public string Path { get; }

    /// <summary>
    /// Opens (creating if needed) the database file and migrates it to the newest schema. An existing file is first
    /// checked without writing (<see cref="StoreFileCheck"/>): a damaged or foreign file is refused untouched, and a
    /// file without write permission is served read-only, as it is, when its schema is current.
    /// </summary>
    public static Task<SqliteGraphStore> OpenAsync(string path, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ct.ThrowIfCancellationRequested();
        var full = System.IO.Path.GetFullPath(path);
        StoreFileCheck.Result check;
        try
        {
            check = StoreFileCheck.Inspect(full, path);
        }
        catch (GraphStoreException e)
        {
            return Task.FromException<SqliteGraphStore>(e);
        }

        if (check.ReadOnly)
        {
            return OpenReadOnly(full, path, check.SchemaVersion);
        }

        if (System.IO.Path.GetDirectoryName(full) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }

        var store = new SqliteGraphStore(path, ConnectionString(full, SqliteOpenMode.ReadWriteCreate));
        return store.Run(
            connection =>
            {
                // Takes effect only while the file is still empty (existing stores keep their page size). Measured on a
                // 1M-relation import: ~10% less CPU than the 4 KiB default (fewer b-tree pages to split, write and sort).
                Execute(connection, $"PRAGMA page_size = {PageSize}");
                Execute(connection, "PRAGMA journal_mode = WAL");
                Migrator.Migrate(connection, path);
                return store;
            },
            ct);
    }

    /// <summary>A file nobody may write is read as it is: no pragma that writes, no migration (that would need a write).</summary>
    private static Task<SqliteGraphStore> OpenReadOnly(string full, string path, int schemaVersion)
    {
        if (schemaVersion != Migrator.LatestVersion)
        {
            return Task.FromException<SqliteGraphStore>(new GraphStoreException(
                $"{path}: the database file is read-only and has schema version {schemaVersion}, but this build of Throughline " +
                $"reads version {Migrator.LatestVersion}; make it writable once (chmod u+w) so it can be migrated, or use " +
                "the Throughline version that wrote it (the file was left untouched)"));
        }

        return Task.FromResult(new SqliteGraphStore(path, ConnectionString(full, SqliteOpenMode.ReadOnly)));
    }

    private static string ConnectionString(string full, SqliteOpenMode mode) => new SqliteConnectionStringBuilder
    {
        DataSource = full,
        Mode = mode,
        ForeignKeys = true,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    public ValueTask DisposeAsync()
    {
        if (_pinned is not null)
        {
            lock (_pinnedGate)
            {
                // The pool does not end a transaction begun with raw SQL: end it here, or the next user inherits it.
                try
                {
                    Execute(_pinned, "ROLLBACK");
                }
                catch (SqliteException)
                {
                    // no transaction left to end (SQLite ended it itself after an error): nothing to release
                }

                _pinned.Dispose();
            }

            return ValueTask.CompletedTask;
        }

        lock (_watchGate)
        {
            _watch?.Dispose();
            _watch = null;
        }

        // Pooled connections keep the file open; release them so the file can be moved or deleted.
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }

    /// <summary>Runs <paramref name="work"/> on a fresh connection, turning SQLite failures into errors that name the file.</summary>
    private Task<T> Run<T>(Func<SqliteConnection, T> work, CancellationToken ct) => Run(_connectionString, work, ct);

    /// <summary><see cref="Run{T}(Func{SqliteConnection, T}, CancellationToken)"/> on a connection opened with <paramref name="connectionString"/>.</summary>
    private Task<T> Run<T>(string connectionString, Func<SqliteConnection, T> work, CancellationToken ct)
    {
        if (ct.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(ct);
        }

        try
        {
            if (_pinned is not null)
            {
                lock (_pinnedGate)
                {
                    return Task.FromResult(work(_pinned));
                }
            }

            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            Execute(connection, "PRAGMA synchronous = NORMAL");
            return Task.FromResult(work(connection));
        }
        catch (SqliteException e)
        {
            return Task.FromException<T>(Describe(e));
        }
        catch (Exception e) when (e is GraphStoreException or OperationCanceledException)
        {
            return Task.FromException<T>(e);
        }
    }

    private GraphStoreException Describe(SqliteException e) => e.SqliteErrorCode switch
    {
        26 or 11 => new GraphStoreException($"{Path}: not a readable SQLite database (corrupt or another kind of file): {e.Message}", e),
        14 => new GraphStoreException($"{Path}: cannot open the database file: {e.Message}", e),
        8 => new ReadOnlyStoreException($"{Path}: the database is read-only: {e.Message}", e),
        _ => new GraphStoreException($"{Path}: {e.Message}", e),
    };

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
