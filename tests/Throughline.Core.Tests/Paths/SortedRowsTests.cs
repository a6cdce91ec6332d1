using Throughline.Core.Paths;

namespace Throughline.Core.Tests.Paths;

public sealed class SortedRowsTests
{
    /// <summary>The first position from start on holding a value not below the one sought, found by looking at each.</summary>
    private static int Linear(int[] sorted, int start, int value)
    {
        var i = start;
        while (i < sorted.Length && sorted[i] < value)
        {
            i++;
        }

        return i;
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(3, 7)]
    [InlineData(4, 300)]
    [InlineData(5, 5000)]
    public void Gallop_finds_the_same_position_as_a_linear_scan(int seed, int length)
    {
        // Values with long runs of equal neighbours (parallel relations) and gaps, as adjacency rows hold.
        var random = new Random(seed);
        var row = Enumerable.Range(0, length).Select(_ => random.Next(0, Math.Max(1, length / 3))).Order().ToArray();
        for (var trial = 0; trial < 2000; trial++)
        {
            var start = random.Next(0, length + 1);
            var value = random.Next(-2, Math.Max(1, length / 3) + 3);

            SortedRows.Gallop(row, start, value).Should().Be(Linear(row, start, value), $"start {start}, value {value}");
        }
    }

    [Fact]
    public void Ascending_lookups_each_from_the_last_position_visit_every_match()
    {
        var row = new[] { 2, 2, 3, 8, 8, 8, 13, 21, 21, 40 };
        var found = new List<int>();
        var at = 0;
        foreach (var value in new[] { 1, 2, 8, 9, 21, 40, 41 })
        {
            at = SortedRows.Gallop(row, at, value);
            for (; at < row.Length && row[at] == value; at++)
            {
                found.Add(at);
            }
        }

        found.Should().Equal(0, 1, 3, 4, 5, 7, 8, 9);
    }
}
