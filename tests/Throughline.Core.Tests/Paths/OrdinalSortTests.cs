using Throughline.Core.Paths;

namespace Throughline.Core.Tests.Paths;

public sealed class OrdinalSortTests
{
    /// <summary>Ids built from a small alphabet (so prefixes and ties are common), with shared prefixes of every length.</summary>
    private static string[] RandomIds(int seed, int count, string prefix)
    {
        var random = new Random(seed);
        const string alphabet = "\0-/09AZaz\u00e9\uffff\ud83d\ude00";
        return [.. Enumerable.Range(0, count).Select(_ =>
            prefix + new string([.. Enumerable.Range(0, random.Next(0, 9)).Select(_ => alphabet[random.Next(alphabet.Length)])]))];
    }

    [Theory]
    [InlineData(1, 5, "")]
    [InlineData(2, 40, "")]
    [InlineData(3, 500, "r-")]
    [InlineData(4, 2000, "relation/2024/")]
    [InlineData(5, 300, "x")]
    public void Sorts_exactly_as_the_ordinal_comparer_does(int seed, int count, string prefix)
    {
        var ids = RandomIds(seed, count, prefix);
        var expected = ids.ToArray();
        Array.Sort(expected, string.CompareOrdinal);

        OrdinalSort.Sort(ids);

        ids.Should().Equal(expected);
    }

    [Fact]
    public void Numbered_ids_without_padding_sort_as_strings()
    {
        var ids = Enumerable.Range(0, 200).Select(i => $"r-{i * 7919 % 100_003}").ToArray();
        var expected = ids.ToArray();
        Array.Sort(expected, string.CompareOrdinal);

        OrdinalSort.Sort(ids);

        ids.Should().Equal(expected);
        ids.Should().StartWith("r-0", "a shorter id sorts before the longer ones it is a prefix of");
    }
}
