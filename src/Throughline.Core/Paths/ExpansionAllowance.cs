namespace Throughline.Core.Paths;

/// <summary>
/// One expansion allowance shared by every path query of a request (every field, alias and fragment of one GraphQL
/// operation): each query still has its own <see cref="PathLimits.ExpansionBudget"/>, and all of them together stop
/// at this allowance, so thirty aliases cannot do thirty queries' worth of work. Thread-safe: fields resolve in parallel.
/// </summary>
public sealed class ExpansionAllowance(long units)
{
    private long _remaining = units;

    public long Remaining => Math.Max(0, Interlocked.Read(ref _remaining));

    public bool Exhausted => Interlocked.Read(ref _remaining) < 0;

    /// <summary>Takes <paramref name="units"/>; false once the shared allowance is used up.</summary>
    public bool Spend(long units) => Interlocked.Add(ref _remaining, -units) >= 0;

    /// <summary>Gives back <paramref name="units"/> taken earlier and not used (a reservation larger than its need).</summary>
    public void Refund(long units) => Interlocked.Add(ref _remaining, units);

    /// <summary>
    /// The units to hold back, before a search, for reading the records its answer may hold, whose estimate is
    /// <paramref name="estimate"/> units: a hop lists every qualifying relation between its two entities, and a hub's
    /// hops can list a hundred, so the estimate alone may be short; at least an eighth of what is left is held too
    /// (a search the allowance cuts short would otherwise spend it). What the answer does not need goes back once known.
    /// </summary>
    public long RecordHold(long estimate) => Math.Max(estimate, Remaining / 8);
}
