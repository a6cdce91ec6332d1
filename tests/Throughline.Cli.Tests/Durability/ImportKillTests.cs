using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Throughline.Core.Synthetic;
using Throughline.Storage.Sqlite;
using Xunit.Abstractions;

namespace Throughline.Cli.Tests.Durability;

/// <summary>
/// Issue 10's durability check: the real <c>throughline import</c> process is killed with SIGKILL at several points of
/// a large import into a real SQLite file. Each time the file must hold exactly the data before the import or exactly
/// the data after it, never a mix, and the next import must succeed on it.
/// </summary>
public sealed class ImportKillTests(ITestOutputHelper output) : IDisposable
{
    // 9,160 records: large enough that the write takes a while and its commit writes megabytes of WAL frames, small
    // enough that seven imports stay within seconds each.
    private const int Entities = 1_000;
    private const int Relations = 8_000;

    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Kill_9_during_an_import_leaves_the_old_or_the_new_data_and_the_next_import_succeeds()
    {
        // Same entity and relation ids, different endpoints, statuses and article texts: an import of B over A
        // rewrites every relation, so a half-applied import is told apart from both.
        var seedA = Generate(1, "seed-a");
        var seedB = Generate(2, "seed-b");
        var db = _cli.PathOf("kill.db");

        var first = await ImportAsync(seedA, db, KillPoint.WriteStarts("as the first import's write starts"));
        first.Killed.Should().BeTrue(first.Describe());
        (await FingerprintAsync(db)).Should().Be(Fingerprint.Empty, "a first import killed before its commit leaves an empty store");
        output.WriteLine("kill -9 as the first import's write starts: empty store");

        (await ImportAsync(seedA, db, null)).ExitCode.Should().Be(0);
        var a = await FingerprintAsync(db);

        var interrupted = new List<(KillPoint Point, Fingerprint State)>();
        foreach (var point in new[]
        {
            KillPoint.WriteStarts("as the write starts"),
            KillPoint.InCommit(64 * 1024),
            KillPoint.InCommit(512 * 1024),
        })
        {
            var run = await ImportAsync(seedB, db, point);
            // A kill on the WAL's size races the commit, which a fast machine writes in a few milliseconds: a process
            // that committed and exited first was not interrupted (its state must then be B, checked below).
            (run.Killed || (point.WalBytes is not null && run.ExitCode == 0)).Should().BeTrue(run.Describe());
            interrupted.Add((point with { Name = run.Killed ? point.Name : $"{point.Name}: missed, the import had committed" }, await FingerprintAsync(db)));
        }

        (await ImportAsync(seedB, db, null)).ExitCode.Should().Be(0, "the import after the kills succeeds on the same file");
        var b = await FingerprintAsync(db);
        b.Should().NotBe(a);
        b.Relations.Should().Be(Relations);

        foreach (var (point, state) in interrupted)
        {
            state.Should().Match<Fingerprint>(s => s == a || s == b, $"the kill {point.Name} leaves A ({a}) or B ({b}), not {state}");
        }

        foreach (var (point, state) in interrupted)
        {
            output.WriteLine($"kill -9 {point.Name}: {(state == a ? "old data (A)" : "new data (B)")}");
        }

        interrupted.Should().Contain(i => i.State == a, "at least one kill lands before the commit, so the test interrupts an import");

        // Killed as soon as the commit is reported: the new data is durable.
        var afterCommit = await ImportAsync(seedA, db, KillPoint.AfterLine("after the commit", "written in "));
        (await FingerprintAsync(db)).Should().Be(a, afterCommit.Describe());
        output.WriteLine($"kill -9 {(afterCommit.Killed ? "after the commit" : "missed: the process had exited")}: new data (A)");
        IntegrityCheck(db).Should().Be("ok");
    }

    private string Generate(int seed, string name)
    {
        var directory = _cli.PathOf(name);
        SeedDataWriter.Write(SyntheticGraph.Generate(new SyntheticGraphOptions(Entities, Relations, Seed: seed)), directory);
        return directory;
    }

    /// <summary>
    /// When to send SIGKILL: as soon as a stderr line starting with <see cref="Line"/> is read, or once the file's WAL
    /// reaches <see cref="WalBytes"/> (the store keeps a large batch in its page cache, so WAL frames are written by the
    /// commit itself). Points are where the import has got to, never a time after a line: a delay that lands in the
    /// write on a loaded machine lands after the commit on a fast one (the official CI's machine imports these 9,160
    /// records in well under the 200 and 500 ms this test once waited), and the kill then finds no process.
    /// </summary>
    private sealed record KillPoint(string Name, string? Line, long? WalBytes)
    {
        public static KillPoint WriteStarts(string name) => new(name, "validated in ", null);

        public static KillPoint AfterLine(string name, string line) => new(name, line, null);

        public static KillPoint InCommit(long walBytes) => new($"in the commit (WAL at {walBytes} bytes)", null, walBytes);
    }

    private sealed record ImportRun(int ExitCode, bool Killed, string Stderr)
    {
        public string Describe() => $"exit {ExitCode}, stderr:\n{Stderr}";
    }

    /// <summary>Runs the built CLI as its own process and SIGKILLs it (Process.Kill on Unix) at <paramref name="kill"/>.</summary>
    private async Task<ImportRun> ImportAsync(string seed, string db, KillPoint? kill)
    {
        File.Exists(db + "-wal").Should().BeFalse("the previous reader closed the store, which checkpoints and removes the WAL");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _cli.WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "throughline.dll"));
        foreach (var arg in new[] { "import", seed, "--db", db })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("THROUGHLINE_STORE");
        start.Environment.Remove("THROUGHLINE_DB");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = new System.Text.StringBuilder();
        var killed = 0;
        void Kill()
        {
            if (Interlocked.Exchange(ref killed, 1) == 0)
            {
                process.Kill();
            }
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        using var stopWatching = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token);
        var walWatch = kill?.WalBytes is { } walBytes ? WatchWal(db + "-wal", walBytes, Kill, stopWatching.Token) : Task.CompletedTask;
        var lines = WatchLines(process.StandardError, line =>
        {
            stderr.AppendLine(line);
            if (kill?.Line is { } prefix && line.StartsWith(prefix, StringComparison.Ordinal))
            {
                Kill();
            }
        });
        try
        {
            await lines.WaitAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            throw;
        }
        finally
        {
            await stopWatching.CancelAsync();
            await walWatch;
        }

        await stdout;
        // A process that exited on its own before the signal reached it has not been killed.
        return new ImportRun(process.ExitCode, killed == 1 && process.ExitCode == 128 + 9, stderr.ToString());
    }

    /// <summary>
    /// Polls the WAL's size on a thread of its own: a watcher on the thread pool waits for a pool thread after each
    /// delay, and on a loaded machine the whole commit can pass in that wait.
    /// </summary>
    private static Task WatchWal(string wal, long bytes, Action kill, CancellationToken ct) => OnOwnThread("WAL watch", () =>
    {
        while (!ct.IsCancellationRequested)
        {
            if (File.Exists(wal) && new FileInfo(wal).Length >= bytes)
            {
                kill();
                break;
            }

            Thread.Sleep(1);
        }
    });

    /// <summary>
    /// Hands each line of <paramref name="reader"/> to <paramref name="onLine"/> on a thread of its own, for the same
    /// reason as <see cref="WatchWal"/>: an async read's continuation waits for a pool thread, and in a CI run the
    /// 0.4 s write after the "validated" line passed in that wait (the import exited 0 unkilled). Ends with the stream.
    /// </summary>
    private static Task WatchLines(StreamReader reader, Action<string> onLine) => OnOwnThread("stderr watch", () =>
    {
        while (reader.ReadLine() is { } line)
        {
            onLine(line);
        }
    });

    private static Task OnOwnThread(string name, Action work)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                work();
                done.SetResult();
            }
            catch (Exception e)
            {
                done.SetException(e);
            }
        })
        { IsBackground = true, Priority = ThreadPriority.Highest, Name = name };
        thread.Start();
        return done.Task;
    }

    private sealed record Fingerprint(int Entities, int Relations, int Articles, string Hash)
    {
        public static readonly Fingerprint Empty = new(0, 0, 0, Digest([]));

        public override string ToString() => $"{Entities} entities, {Relations} relations, {Articles} articles, {Hash[..12]}";
    }

    /// <summary>Reads the file through the store (which runs its own quick_check on open) and digests every record.</summary>
    private static async Task<Fingerprint> FingerprintAsync(string db)
    {
        await using var store = await SqliteGraphStore.OpenAsync(db);
        var graph = await store.ReadAllAsync();
        var lines = graph.Entities.Select(e => $"e|{e.Id}|{e.Name}|{e.Kind}")
            .Concat(graph.Articles.Select(a => $"a|{a.Id}|{a.Title}|{a.Text?.Length}"))
            .Concat(graph.Relations.Select(r =>
                $"r|{r.Id}|{r.Type}|{r.From}|{r.To}|{r.Status}|{r.Confidence}|{string.Join(';', r.Evidence.Select(e => $"{e.ArticleId}:{e.Start}-{e.End}:{e.Stance}"))}"))
            .Order(StringComparer.Ordinal);
        return new Fingerprint(graph.Entities.Count, graph.Relations.Count, graph.Articles.Count, Digest(lines));
    }

    private static string Digest(IEnumerable<string> lines) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines))));

    private static string IntegrityCheck(string db)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }
}
