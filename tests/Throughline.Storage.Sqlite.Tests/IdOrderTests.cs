namespace Throughline.Storage.Sqlite.Tests;

public sealed class IdOrderTests
{
    [Fact]
    public void Records_come_back_in_ordinal_id_order_with_repeated_ids_in_batch_order()
    {
        var records = new[] { ("b", 0), ("a", 1), ("B", 2), ("b", 3), ("a", 4), ("b", 5), ("é", 6), ("z", 7) };

        var sorted = IdOrder.Sort(records, static r => r.Item1);

        sorted.Should().Equal(("B", 2), ("a", 1), ("a", 4), ("b", 0), ("b", 3), ("b", 5), ("z", 7), ("é", 6));
    }

    [Fact]
    public void An_already_sorted_batch_is_returned_as_it_is()
    {
        var records = new[] { "a", "b", "c" };

        IdOrder.Sort(records, static r => r).Should().BeSameAs(records);
    }

    [Fact]
    public void A_batch_large_enough_to_sort_in_halves_matches_a_stable_ordinal_sort()
    {
        // 150k records (sorted as two halves and merged) with ids repeated within and across the halves.
        var random = new Random(5);
        var records = Enumerable.Range(0, 150_000).Select(i => ($"r-{random.Next(60_000)}", i)).ToArray();

        var sorted = IdOrder.Sort(records, static r => r.Item1);

        sorted.Should().Equal(records.OrderBy(r => r.Item1, StringComparer.Ordinal).ThenBy(r => r.Item2));
    }
}
