using System.Diagnostics;
using Throughline.Core.SeedData;
using Throughline.Ingest;
using Throughline.Ingest.Drafting;

namespace Throughline.Benchmarks.Ingest;

/// <summary>
/// <c>draft-figures</c>: drafting a 2,000-word article (the first 2,000 words of the longest seed article, real news
/// prose) against the seed graph, 30 times after 3 warm-ups; prints the median wall time and the median CPU time of the
/// drafting thread, so a loaded machine does not hide the work itself. The target is under 1 s.
/// </summary>
public static class DraftFigures
{
    public static void Run()
    {
        var seed = SeedLoader.Load(RepositoryPaths.SeedData).Batch;
        var source = seed.Articles.OrderByDescending(a => a.Text?.Length ?? 0).First();
        var words = source.Text!.Split(' ');
        var text = string.Join(' ', words.Take(WordCount(source.Text!, 2000)));
        var article = new ExtractedArticle(text, source.Title, source.Published?.ToString());
        var drafter = new Drafter(seed.Entities, seed.Relations.Select(r => r.Id));
        for (var i = 0; i < 3; i++)
        {
            drafter.Draft(article, "bench");
        }

        var wall = new List<double>();
        var cpu = new List<double>();
        var relations = 0;
        for (var i = 0; i < 30; i++)
        {
            var cpuBefore = ThreadCpu();
            var clock = Stopwatch.StartNew();
            relations = drafter.Draft(article, "bench").Relations.Count;
            wall.Add(clock.Elapsed.TotalMilliseconds);
            cpu.Add((ThreadCpu() - cpuBefore).TotalMilliseconds);
        }

        var counted = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        Console.WriteLine($"draft of {counted} words ({relations} relations proposed) from {source.Id}, 30 runs:");
        Console.WriteLine($"  median wall {Median(wall):F1} ms (min {wall.Min():F1}, max {wall.Max():F1}); median thread CPU {Median(cpu):F1} ms");
    }

    /// <summary>How many space-separated pieces hold the first <paramref name="target"/> words.</summary>
    private static int WordCount(string text, int target)
    {
        var pieces = text.Split(' ');
        var seen = 0;
        for (var i = 0; i < pieces.Length; i++)
        {
            seen += pieces[i].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            if (seen >= target)
            {
                return i + 1;
            }
        }

        return pieces.Length;
    }

    private static TimeSpan ThreadCpu() =>
        Process.GetCurrentProcess().Threads.Cast<ProcessThread>().FirstOrDefault(t => t.Id == Environment.CurrentManagedThreadId)?.TotalProcessorTime
        ?? Process.GetCurrentProcess().TotalProcessorTime;

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
