using Throughline.Api.Configuration;
using Throughline.GraphQL.Validation;

namespace Throughline.Api.Limits;

/// <summary>How big the served graph is, for pricing searches: null sizes (a store without an in-memory index) price every search at its budget.</summary>
public sealed record GraphSize(long Entities, long Relations);

/// <summary>
/// Prices the heavy fields (paths, shortestPaths, neighborhood, entities with a search text) by the work the engine may
/// do for them (path queries also pay <see cref="LimitOptions.PathQueryCost"/>), in units of <see cref="LimitOptions.WorkPerCost"/> adjacency entries examined or names scanned, plus
/// their sub-selection. A path search stops at the expansion budget (each search's,
/// and the one all searches of a request share), so that is its bound; a one-hop search or a neighbourhood (each
/// adjacency entry at most once) is also bounded by the graph's adjacency; a text search scans every name.
/// So thirty aliases of a six-hop search are priced as thirty budgets and refused before they run; on a graph whose
/// adjacency is smaller than the budget, aliased neighbourhoods are priced at that adjacency (and the shared allowance
/// bounds what they do together).
/// </summary>
public sealed class HeavyFieldCosts(LimitOptions limits, GraphSize? size)
{
    private long SearchBudget => Math.Min(limits.ExpansionBudget, limits.RequestExpansionBudget);

    public long? Price(FieldCostContext field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (field.TypeName != "Query")
        {
            return null;
        }

        // A connection's sub-selection is priced as usual (each list inside it at the default list size), so the
        // explorer's route query keeps its price; the search's work is what aliases multiply.
        return field.FieldName switch
        {
            "paths" => limits.PathQueryCost + Work(PathWork(field, "OUTGOING")) + field.ChildrenCost,
            // A list of paths: each item is one path of the sub-selection.
            "shortestPaths" => limits.PathQueryCost + Work(PathWork(field, "OUTGOING")) + Count(field, ["first"], 20) * field.ChildrenCost,
            "neighborhood" => limits.PathQueryCost + Work(Math.Min(SearchBudget, Adjacency(Direction(field, "ANY")))) + field.ChildrenCost,
            "entities" when field.Argument("search") is string text && !string.IsNullOrWhiteSpace(text) =>
                1 + Work(size?.Entities ?? SearchBudget) + field.ChildrenCost,
            _ => null,
        };
    }

    private long PathWork(FieldCostContext field, string defaultDirection)
    {
        var hops = Count(field, ["options", "maxHops"], 4);
        return hops <= 1 ? Math.Min(SearchBudget, Adjacency(Direction(field, defaultDirection))) : SearchBudget;
    }

    private static string Direction(FieldCostContext field, string fallback) => field.Argument("options", "direction") as string ?? fallback;

    // Adjacency entries a search may look at once: every relation in one direction, twice over in both.
    private long Adjacency(string direction) => size is null
        ? SearchBudget
        : direction == "ANY" ? 2 * size.Relations : size.Relations;

    private long Work(long units)
    {
        var perCost = Math.Max(limits.WorkPerCost, 1);
        return (units + perCost - 1) / perCost;
    }

    private static long Count(FieldCostContext field, string[] path, long fallback) => field.Argument(path) switch
    {
        int i => Math.Max(i, 0),
        long l => Math.Max(l, 0),
        double d when d == Math.Floor(d) && !double.IsInfinity(d) => (long)Math.Clamp(d, 0, int.MaxValue),
        decimal m when m == decimal.Floor(m) => (long)Math.Clamp(m, 0, int.MaxValue),
        _ => fallback, // null or a value coercion will refuse
    };
}
