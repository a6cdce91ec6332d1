using System.Globalization;
using Throughline.Api.Limits;
using Throughline.Core.Paths;
using Throughline.GraphQL.Types;

namespace Throughline.Api.Schema;

/// <summary>
/// What every resolver of one request shares (the execution's user context): the expansion allowance that the path
/// engine draws from, and that the records a heavy field materialises (a neighbourhood's or a page's entities and
/// relations) and a text search's scan of every name draw from too, so that no field of a request does work the
/// allowance does not cover.
/// </summary>
public sealed record RequestState(ExpansionAllowance Allowance)
{
    /// <summary>Units taken from the allowance for records that searches answered with and their fields have not read yet.</summary>
    private long _held;

    /// <summary>The whole allowance (RequestExpansionBudget), for messages.</summary>
    public long Budget { get; init; }

    /// <summary>Allowance units one record read for a heavy field costs (RecordWorkUnits).</summary>
    public long RecordUnits { get; init; }

    /// <summary>Allowance units one entity name read by a scanning text search costs (NameWorkUnits).</summary>
    public long NameUnits { get; init; } = 1;

    /// <summary>Allowance units one entity matched by an indexed text search costs (MatchWorkUnits).</summary>
    public long MatchUnits { get; init; } = 1;

    /// <summary>The served graph's size: a text search without the name index scans every name (null: unknown, nothing charged).</summary>
    public GraphSize? Size { get; init; }

    /// <summary>Where engine calls and text searches run (null outside the HTTP pipeline: run inline).</summary>
    public HeavyWorkLimiter? HeavyWork { get; init; }

    /// <summary>Runs one path-engine call or text search in one of the server's heavy-work slots.</summary>
    internal static Task<T> RunHeavyAsync<T>(ResolveFieldContext context, Func<Task<T>> work) =>
        context.UserContext is RequestState { HeavyWork: { } limiter } ? limiter.RunAsync(work, context.CancellationToken) : work();

    internal static ExpansionAllowance? AllowanceOf(ResolveFieldContext context) => (context.UserContext as RequestState)?.Allowance;

    /// <summary>
    /// Charges the reading of <paramref name="records"/> records for <paramref name="field"/>, first from the units held
    /// for records (<see cref="ReserveRecords"/>), or fails the field with LIMIT_EXCEEDED.
    /// </summary>
    internal static void ChargeRecords(ResolveFieldContext context, string field, int records)
    {
        if (context.UserContext is RequestState state && records > 0 && state.RecordUnits > 0)
        {
            var cost = records * state.RecordUnits;
            var units = cost - state.TakeHeld(cost);
            if (units > 0)
            {
                state.Charge(field, units, $"reading its {records.ToString("N0", CultureInfo.InvariantCulture)} records ({state.RecordUnits} units each, RecordWorkUnits)");
            }
        }
    }

    /// <summary>
    /// Holds back, before a heavy field's search runs, the units for reading the records its answer may hold
    /// (<paramref name="maxRecords"/>), so that a search which uses up the allowance still leaves its own page readable
    /// instead of failing it; when they cannot be held the field fails with LIMIT_EXCEEDED before any search. Returns the
    /// units held, for <see cref="SettleRecords"/>.
    /// </summary>
    internal static long ReserveRecords(ResolveFieldContext context, string field, long maxRecords)
    {
        if (context.UserContext is not RequestState state || state.RecordUnits <= 0 || maxRecords <= 0)
        {
            return 0;
        }

        var units = state.Allowance.RecordHold(maxRecords * state.RecordUnits);
        state.Charge(field, units, $"holding back, before its search, the reading of the up to {maxRecords.ToString("N0", CultureInfo.InvariantCulture)} " +
            $"records its answer may hold ({state.RecordUnits} units each, RecordWorkUnits)");
        return units;
    }

    /// <summary>
    /// Once the search has answered with <paramref name="records"/> records: their units stay held for the record fields
    /// that read them, and the rest of the <paramref name="reserved"/> units go back to the allowance.
    /// </summary>
    internal static void SettleRecords(ResolveFieldContext context, long reserved, long records)
    {
        if (reserved <= 0 || context.UserContext is not RequestState state)
        {
            return;
        }

        var kept = Math.Min(reserved, records * state.RecordUnits);
        Interlocked.Add(ref state._held, kept);
        state.Allowance.Refund(reserved - kept);
    }

    /// <summary>Takes up to <paramref name="units"/> of the units held for records; returns how many it took.</summary>
    private long TakeHeld(long units)
    {
        while (true)
        {
            var held = Interlocked.Read(ref _held);
            if (held <= 0)
            {
                return 0;
            }

            var taken = Math.Min(held, units);
            if (Interlocked.CompareExchange(ref _held, held - taken, held) == held)
            {
                return taken;
            }
        }
    }

    /// <summary>
    /// Charges a text search before it runs. One that reads every name (a text shorter than a trigram, or a store without
    /// a name index) pays for all of them, NameWorkUnits each, or fails with LIMIT_EXCEEDED; one the store's name index
    /// answers pays for its matches once it knows them (<see cref="ChargeSearchMatches"/>), and needs one match's worth
    /// left to start. The store answers a text too many entities hold by the scan, so an indexed search never costs
    /// much more than a scan before it is charged.
    /// </summary>
    internal static void ChargeSearch(ResolveFieldContext context, string field, bool indexed)
    {
        if (context.UserContext is not RequestState state)
        {
            return;
        }

        if (indexed)
        {
            state.Charge(field, state.MatchUnits, "looking its text up in the name index");
        }
        else
        {
            state.ChargeScan(field, "a text of three or more characters uses the name index instead");
        }
    }

    /// <summary>Whether what is left of the allowance pays for a search that reads every name.</summary>
    internal static bool CanPayScan(ResolveFieldContext context) =>
        context.UserContext is not RequestState { Size: { } size } state || state.Allowance.Remaining >= size.Entities * state.NameUnits;

    /// <summary>
    /// Charges an indexed text search once it is done: for the entities it matched (MatchWorkUnits each), or, when the
    /// store found the text too common and read every name instead (<paramref name="scanned"/>), for every name.
    /// </summary>
    internal static void ChargeSearchMatches(ResolveFieldContext context, string field, int matches, bool scanned)
    {
        if (context.UserContext is not RequestState state)
        {
            return;
        }

        if (scanned)
        {
            state.ChargeScan(field, "its text is one that many entities hold");
        }
        else if (!scanned && matches > 0)
        {
            state.Charge(field, matches * state.MatchUnits,
                $"ranking its {matches.ToString("N0", CultureInfo.InvariantCulture)} matching entities ({state.MatchUnits} units each, MatchWorkUnits; " +
                "a more specific text matches fewer)");
        }
    }

    /// <summary>Charges reading every entity name (NameWorkUnits each); nothing when the graph's size is unknown.</summary>
    private void ChargeScan(string field, string why)
    {
        if (Size is { } size)
        {
            Charge(field, size.Entities * NameUnits,
                $"scanning the names of all {size.Entities.ToString("N0", CultureInfo.InvariantCulture)} entities ({NameUnits} units each, NameWorkUnits; {why})");
        }
    }

    private void Charge(string field, long units, string what)
    {
        if (!Allowance.Spend(units))
        {
            throw Errors.Limit(
                $"{field}: {what} needs {units.ToString("N0", CultureInfo.InvariantCulture)} work units, more than is left of the " +
                $"{Budget.ToString("N0", CultureInfo.InvariantCulture)} one request may use (RequestExpansionBudget, shared by every path query, " +
                "neighbourhood, search and their records); ask for fewer items or split the request.");
        }
    }
}
