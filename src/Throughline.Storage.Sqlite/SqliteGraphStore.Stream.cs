using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Throughline.Core.Storage;

namespace Throughline.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    private const int StreamChunk = 1024;

    /// <summary>
    /// Streams the file in one read transaction (so all three tables come from one state), a chunk of rows at a time:
    /// memory stays at one chunk of records however large the graph, plus the entity ids by key (the relations' ends are
    /// stored as keys; the ids are strings the entity records held anyway, ~8 bytes a key for the array).
    /// </summary>
    public async IAsyncEnumerable<GraphRecord> StreamAllAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        await using var connection = Guard(() =>
        {
            var opened = new SqliteConnection(_connectionString);
            opened.Open();
            return opened;
        });
        await using var transaction = Guard(() => connection.BeginTransaction(deferred: true));
        // The entities' ids by key, kept while the entities stream by, so each relation's ends are two array reads.
        var ids = new EntityIdsByKey();
        (string Sql, Func<SqliteDataReader, GraphRecord> Map)[] tables =
        [
            ($"SELECT {Rows.ArticleColumns} FROM articles a ORDER BY a.id", r => GraphRecord.Of(Rows.Article(r))),
            ($"SELECT {Rows.KeyedEntityColumns} FROM entities e ORDER BY e.id", r => GraphRecord.Of(Rows.Entity(r, ids))),
            ($"SELECT {Rows.KeyedRelationColumns} FROM relations r ORDER BY r.id", r => GraphRecord.Of(Rows.Relation(r, ids))),
        ];
        foreach (var (sql, map) in tables)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            await using var reader = Guard(command.ExecuteReader);
            var chunk = new List<GraphRecord>(StreamChunk);
            while (Guard(() => ReadChunk(reader, map, chunk)))
            {
                ct.ThrowIfCancellationRequested();
                foreach (var record in chunk)
                {
                    yield return record;
                }
            }
        }
    }

    private static bool ReadChunk(SqliteDataReader reader, Func<SqliteDataReader, GraphRecord> map, List<GraphRecord> chunk)
    {
        chunk.Clear();
        while (chunk.Count < StreamChunk && reader.Read())
        {
            chunk.Add(map(reader));
        }

        return chunk.Count > 0;
    }

    /// <summary>Runs one step of a stream, turning SQLite failures into errors that name the file (as <see cref="Run"/> does).</summary>
    private T Guard<T>(Func<T> step)
    {
        try
        {
            return step();
        }
        catch (SqliteException e)
        {
            throw Describe(e);
        }
    }
}
