using Microsoft.Data.Sqlite;

namespace Throughline.Storage.Sqlite.Tests;

/// <summary>A database file read or changed behind the store's back, through a plain connection of its own.</summary>
internal static class RawSqlite
{
    /// <summary>The first value <paramref name="sql"/> returns, as text; read-only, so reading never changes the file.</summary>
    public static string? Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
