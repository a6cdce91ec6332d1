using System.Globalization;
using Microsoft.Data.Sqlite;
using Throughline.Core.Model;
using Throughline.Core.Storage;

namespace Throughline.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    private readonly Lock _watchGate = new();

    /// <summary>
    /// A private connection that never writes, so its <c>PRAGMA data_version</c> changes exactly when some other
    /// connection (this process or another) commits: polling the version costs one pragma until something commits.
    /// </summary>
    private SqliteConnection? _watch;
    private long _watchedDataVersion = -1;
    private long _watchedVersion;

    public Task<long> GetVersionAsync(CancellationToken ct = default)
    {
        if (_pinned is not null)
        {
            return Run(ReadVersion, ct);
        }

        if (ct.IsCancellationRequested)
        {
            return Task.FromCanceled<long>(ct);
        }

        try
        {
            lock (_watchGate)
            {
                if (_watch is null)
                {
                    _watch = new SqliteConnection(new SqliteConnectionStringBuilder(_connectionString) { Pooling = false }.ToString());
                    _watch.Open();
                }

                // data_version first: a commit landing between the two reads changes it again, so the next call re-reads.
                var dataVersion = Scalar(_watch, "PRAGMA data_version");
                if (dataVersion != _watchedDataVersion)
                {
                    _watchedVersion = ReadVersion(_watch);
                    _watchedDataVersion = dataVersion;
                }

                return Task.FromResult(_watchedVersion);
            }
        }
        catch (SqliteException e)
        {
            return Task.FromException<long>(Describe(e));
        }
    }

    public Task<StoreChanges?> GetChangesSinceAsync(long sinceVersion, CancellationToken ct = default) => Run(
        connection =>
        {
            using var transaction = BeginRead(connection);
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "SELECT version, log_from FROM store_version";
            long version, logFrom;
            using (var reader = command.ExecuteReader())
            {
                reader.Read();
                (version, logFrom) = (reader.GetInt64(0), reader.GetInt64(1));
            }

            if (sinceVersion < logFrom || sinceVersion > version)
            {
                return null;
            }

            command.Parameters.AddWithValue("$since", sinceVersion);
            var changes = new ImportBatch(
                Changed<Article>(command, ChangeKind.Article, $"SELECT {Rows.ArticleColumns} FROM articles a", "a", Rows.Article),
                Changed<Entity>(command, ChangeKind.Entity, $"SELECT {Rows.EntityColumns} FROM entities e", "e", Rows.Entity),
                Changed<Relation>(command, ChangeKind.Relation, $"SELECT {Rows.RelationColumns} FROM relations r", "r", Rows.Relation));
            return (StoreChanges?)new StoreChanges(version, changes);
        },
        ct);

    public async Task<IVersionedStore> OpenSnapshotAsync(CancellationToken ct = default)
    {
        if (_pinned is not null)
        {
            throw new GraphStoreException($"{Path}: a snapshot cannot open another snapshot");
        }

        ct.ThrowIfCancellationRequested();
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            // A raw BEGIN rather than BeginTransaction: the store's reads create their commands without a transaction
            // object, and a deferred transaction's first read fixes the version every later read sees.
            Execute(connection, "BEGIN DEFERRED");
            ReadVersion(connection);
            return new SqliteGraphStore(Path, _connectionString, connection);
        }
        catch (SqliteException e)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw Describe(e);
        }
    }

    /// <summary>A read transaction for a multi-statement read; null on a snapshot, whose connection is in one already.</summary>
    private SqliteTransaction? BeginRead(SqliteConnection connection) =>
        _pinned is null ? connection.BeginTransaction(deferred: true) : null;

    private static List<T> Changed<T>(SqliteCommand command, ChangeKind kind, string select, string alias, Func<SqliteDataReader, T> map)
    {
        command.CommandText =
            $"{select} WHERE {alias}.id IN (SELECT id FROM change_log WHERE version > $since AND kind = {(int)kind}) ORDER BY {alias}.id";
        return Rows.ReadAll(command, map);
    }

    private static long ReadVersion(SqliteConnection connection) => Scalar(connection, "SELECT version FROM store_version");

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
