using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using Throughline.Core.Model;

namespace Throughline.Storage.Sqlite;

/// <summary>
/// A statement prepared once on the connection's own handle and stepped directly. Bulk writes run millions of tiny
/// statements; going through SqliteCommand cost more per row (parameter objects, boxing, UTF-8 copies, a data reader per
/// execution) than SQLite's own insert. Runs inside whatever transaction the connection has open. Parameters are
/// positional (?1, ?2, ...), bound by their 1-based index.
/// </summary>
internal sealed class NativeStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _stmt;

    public NativeStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(_db, sql, out _stmt), _db);
    }

    public void Text(int index, string? value)
    {
        // An empty span would reach SQLite as a null pointer, which binds NULL rather than ''.
        var rc = value is null ? raw.sqlite3_bind_null(_stmt, index)
            : value.Length == 0 ? raw.sqlite3_bind_text(_stmt, index, string.Empty)
            : raw.sqlite3_bind_text16(_stmt, index, value.AsSpan());
        Check(rc);
    }

    /// <summary>Binds a partial date as its ISO text ("2019", "2019-10", "2019-10-07"), formatted without a string.</summary>
    public void Date(int index, PartialDate? date)
    {
        if (date is not { } d)
        {
            Check(raw.sqlite3_bind_null(_stmt, index));
            return;
        }

        Span<char> text = stackalloc char[10];
        var invariant = CultureInfo.InvariantCulture;
        var written = 0;
        var ok = (d.Month, d.Day) switch
        {
            (null, _) => text.TryWrite(invariant, $"{d.Year:D4}", out written),
            (_, null) => text.TryWrite(invariant, $"{d.Year:D4}-{d.Month:D2}", out written),
            _ => text.TryWrite(invariant, $"{d.Year:D4}-{d.Month:D2}-{d.Day:D2}", out written),
        };
        Check(ok ? raw.sqlite3_bind_text16(_stmt, index, text[..written]) : raw.sqlite3_bind_text(_stmt, index, d.ToString()));
    }

    /// <summary>Binds UTF-8 text that SQLite copies at once, so the caller may reuse the buffer.</summary>
    public void Utf8(int index, ReadOnlySpan<byte> value) =>
        Check(value.IsEmpty ? raw.sqlite3_bind_text(_stmt, index, string.Empty) : raw.sqlite3_bind_text(_stmt, index, value));

    public void Int(int index, long value) => Check(raw.sqlite3_bind_int64(_stmt, index, value));

    public void Int(int index, long? value) =>
        Check(value is { } v ? raw.sqlite3_bind_int64(_stmt, index, v) : raw.sqlite3_bind_null(_stmt, index));

    public void Real(int index, double? value) =>
        Check(value is { } v ? raw.sqlite3_bind_double(_stmt, index, v) : raw.sqlite3_bind_null(_stmt, index));

    /// <summary>Runs the statement to completion and returns the rows it changed.</summary>
    public int Execute()
    {
        var rc = raw.sqlite3_step(_stmt);
        if (rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW)
        {
            throw StepFailed(rc);
        }

        var changes = raw.sqlite3_changes(_db);
        raw.sqlite3_reset(_stmt);
        return changes;
    }

    /// <summary>Runs a one-column query and returns its first row's integer, or null when it returns no row.</summary>
    public long? QueryInt64()
    {
        var rc = raw.sqlite3_step(_stmt);
        if (rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW)
        {
            throw StepFailed(rc);
        }

        long? value = rc == raw.SQLITE_ROW ? raw.sqlite3_column_int64(_stmt, 0) : null;
        raw.sqlite3_reset(_stmt);
        return value;
    }

    /// <summary>Steps a query: true with a row to read through <see cref="Columns"/>, false when it is done (then reset for reuse).</summary>
    public bool Step()
    {
        var rc = raw.sqlite3_step(_stmt);
        if (rc == raw.SQLITE_ROW)
        {
            return true;
        }

        if (rc != raw.SQLITE_DONE)
        {
            throw StepFailed(rc);
        }

        raw.sqlite3_reset(_stmt);
        return false;
    }

    /// <summary>The current row's columns, read without SQLitePCL's per-call overhead; valid while this statement lives.</summary>
    public NativeColumns Columns => new(_stmt.DangerousGetHandle());

    /// <summary>The rowid (an INTEGER PRIMARY KEY) of the connection's last successful insert.</summary>
    public long LastInsertRowId => raw.sqlite3_last_insert_rowid(_db);

    public void Dispose() => _stmt.Dispose();

    private SqliteException StepFailed(int rc)
    {
        // The reset returns the same error; the message must be read before it, while it still describes this step.
        var message = raw.sqlite3_errmsg(_db).utf8_to_string();
        var extended = raw.sqlite3_extended_errcode(_db);
        raw.sqlite3_reset(_stmt);
        return new SqliteException($"SQLite Error {rc}: '{message}'.", rc, extended);
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }
}
