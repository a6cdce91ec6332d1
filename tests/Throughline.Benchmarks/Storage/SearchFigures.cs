using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Throughline.Core.Storage;
using Throughline.Storage.Sqlite;

namespace Throughline.Benchmarks.Storage;

/// <summary>
/// <c>search-figures FILE</c>: <c>entities(search:)</c> on a bench SQLite file (export-figures builds one), each text
/// timed as the store answers it (the trigram index from schema 6 for texts of three or more characters) and, as the
/// baseline in the same run, as schema 5 answered every text: the scan of every name, run as raw SQL on the same file.
/// Medians of process CPU time over 7 runs after one warm-up, and the count each finds (they must agree). Opening the
/// file first migrates it if it is older (timed: schema 6 builds the index from every entity's names).
/// </summary>
internal static class SearchFigures
{
    private static readonly string[] Texts = ["org 40605", "xinjiang", "12345", "person 9", "org 4", "org", "zzzq", "or", "7"];

    // Schema 5's search, verbatim but for the table alias: count and first page of every name containing the text.
    private const string ScanCount =
        "SELECT count(*) FROM (SELECT n.entity_id FROM entity_names n WHERE instr(n.folded, $q) > 0 GROUP BY n.entity_id) m " +
        "JOIN entities e ON e.id = m.entity_id";

    private const string ScanPage =
        "SELECT e.id FROM (SELECT n.entity_id, min(CASE WHEN n.folded = $q THEN 0 WHEN substr(n.folded, 1, length($q)) = $q THEN 1 ELSE 2 END) AS rank " +
        "FROM entity_names n WHERE instr(n.folded, $q) > 0 GROUP BY n.entity_id) m JOIN entities e ON e.id = m.entity_id " +
        "ORDER BY m.rank, e.name_folded, e.id LIMIT 20";

    public static async Task RunAsync(string file)
    {
        Console.WriteLine($"// SEARCH-FIGURES {file}; load average {File.ReadAllText("/proc/loadavg").Trim()}");
        var opened = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        await using var store = await SqliteGraphStore.OpenAsync(file);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// open (with any migration): wall {opened.Elapsed.TotalSeconds:F1} s, CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F1} s"));
        using var raw = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly }.ToString());
        raw.Open();
        foreach (var text in Texts)
        {
            var folded = text.Trim().ToLowerInvariant();
            var found = 0;
            var now = Median(() => found = store.SearchEntitiesAsync(new EntitySearch(text, Limit: 20)).GetAwaiter().GetResult().TotalCount);
            var scanned = 0;
            var before = Median(() =>
            {
                scanned = Convert.ToInt32(Scalar(raw, ScanCount, folded), CultureInfo.InvariantCulture);
                Scalar(raw, ScanPage, folded);
            });
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"// SEARCH {"'" + text + "'",-12} matches={found,8} (scan: {scanned,8}) index={(store.SearchUsesIndex(text) ? "yes" : "no "),-3} " +
                $"now {now:F1} ms  schema-5 scan {before:F1} ms  ratio {before / now:F1}x"));
        }
    }

    private static object? Scalar(SqliteConnection connection, string sql, string text)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$q", text);
        return command.ExecuteScalar();
    }

    private static double Median(Action run)
    {
        run();
        var samples = new List<double>();
        for (var i = 0; i < 7; i++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            run();
            samples.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
        }

        samples.Sort();
        return samples[samples.Count / 2];
    }
}
