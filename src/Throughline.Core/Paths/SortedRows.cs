namespace Throughline.Core.Paths;

/// <summary>Searches in an adjacency row, whose neighbours ascend.</summary>
internal static class SortedRows
{
    /// <summary>
    /// The first position from <paramref name="start"/> on whose value is not below <paramref name="value"/>: steps of
    /// doubling length, then a binary search in the last step. Looking up ascending values one after another in a long
    /// row so costs about log(gap) per value instead of log(row length), and touches only the part of the row they lie in.
    /// </summary>
    public static int Gallop(ReadOnlySpan<int> sorted, int start, int value)
    {
        if (start >= sorted.Length || sorted[start] >= value)
        {
            return start;
        }

        // sorted[low] < value holds throughout; high is past the end or at a value not below.
        var low = start;
        var step = 1;
        var high = start + 1;
        while (high < sorted.Length && sorted[high] < value)
        {
            low = high;
            step <<= 1;
            high = low + step;
        }

        high = Math.Min(high, sorted.Length);
        low++;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (sorted[mid] < value)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
