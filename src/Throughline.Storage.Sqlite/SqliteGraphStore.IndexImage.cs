using Microsoft.Data.Sqlite;
using Throughline.Core.Index;
using Throughline.Core.Storage;

namespace Throughline.Storage.Sqlite;

public sealed partial class SqliteGraphStore : IIndexImageStore
{
    /// <summary>
    /// The saved index image, in one read transaction with the version it is checked against: the header part first, and
    /// the other parts only when the header names the current store version. Each part is read straight into its array
    /// by incremental blob I/O (no second copy of a 40 MB blob in SQLite's memory).
    /// </summary>
    public Task<IndexImage?> ReadIndexImageAsync(CancellationToken ct = default) => Run(
        connection =>
        {
            using var transaction = BeginRead(connection);
            var lengths = new Dictionary<long, long>();
            long version;
            using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = "SELECT version FROM store_version";
                version = (long)command.ExecuteScalar()!;
                command.CommandText = "SELECT part, length(data) FROM index_image ORDER BY part";
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    lengths[reader.GetInt64(0)] = reader.GetInt64(1);
                }
            }

            if (!lengths.ContainsKey(0) || IndexImage.VersionOf(ReadPart(connection, 0, lengths[0])) != version)
            {
                return null;
            }

            var parts = new byte[lengths.Count][];
            for (var p = 0; p < parts.Length; p++)
            {
                ct.ThrowIfCancellationRequested();
                if (!lengths.TryGetValue(p, out var length))
                {
                    return null; // parts numbered with a gap: not an image this build wrote
                }

                parts[p] = ReadPart(connection, p, length);
            }

            return (IndexImage?)new IndexImage(parts);
        },
        ct);

    public bool CanSaveIndexImage => _pinned is null && new SqliteConnectionStringBuilder(_connectionString).Mode != SqliteOpenMode.ReadOnly;

    /// <summary>
    /// Replaces the saved image in one IMMEDIATE transaction that first checks the store is still at the image's version
    /// (a writer that committed since has made it stale). A file that cannot be written keeps no image: that only means
    /// the next open builds from the rows again, so it is not an error. It waits at most a second for the write lock
    /// (its own connection's timeout, not the store's 30 s): the caller is a load whose new index is not served until the
    /// save returns, and queueing behind a long import would hold back every later write's visibility.
    /// </summary>
    public async Task<bool> SaveIndexImageAsync(IndexImage image, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (_pinned is not null)
        {
            throw new GraphStoreException($"{Path}: a snapshot cannot save an index image (it only reads)");
        }

        var version = IndexImage.VersionOf(image.Parts[0])
            ?? throw new ArgumentException("the image's header is not intact", nameof(image));
        try
        {
            var connectionString = new SqliteConnectionStringBuilder(_connectionString) { Pooling = false, DefaultTimeout = 1 }.ToString();
            return await Run(
                connectionString,
                connection =>
                {
                    using var transaction = connection.BeginTransaction(deferred: false);
                    using var command = connection.CreateCommand();
                    command.Transaction = transaction;
                    command.CommandText = "SELECT version FROM store_version";
                    if ((long)command.ExecuteScalar()! != version)
                    {
                        return false;
                    }

                    command.CommandText = "DELETE FROM index_image";
                    command.ExecuteNonQuery();
                    command.CommandText = "INSERT INTO index_image (part, data) VALUES ($part, $data)";
                    var part = command.Parameters.Add("$part", SqliteType.Integer);
                    var data = command.Parameters.Add("$data", SqliteType.Blob);
                    for (var p = 0; p < image.Parts.Count; p++)
                    {
                        ct.ThrowIfCancellationRequested();
                        part.Value = p;
                        data.Value = image.Parts[p];
                        command.ExecuteNonQuery();
                    }

                    transaction.Commit();
                    return true;
                },
                ct).ConfigureAwait(false);
        }
        catch (GraphStoreException)
        {
            // Read-only, busy past the timeout, full: the image is only a shortcut, and the rows stay the truth.
            return false;
        }
    }

    private static byte[] ReadPart(SqliteConnection connection, long part, long length)
    {
        var bytes = new byte[length];
        using var blob = new SqliteBlob(connection, "index_image", "data", part, readOnly: true);
        blob.ReadExactly(bytes);
        return bytes;
    }
}
