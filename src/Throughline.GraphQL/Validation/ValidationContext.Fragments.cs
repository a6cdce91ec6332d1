using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Validation;

public sealed partial class ValidationContext
{
    // graphql-js bounds the fragment bookkeeping so that documents with huge fragment graphs cannot stall it.
    private int _remainingFragmentWork = 50_000;
    private Dictionary<string, FragmentDefinition>? _fragments;
    private readonly Dictionary<SelectionSet, IReadOnlyList<FragmentSpread>> _fragmentSpreads = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, IReadOnlyList<FragmentDefinition>> _referencedFragments = new(StringComparer.Ordinal);

    /// <summary>The fragment definition with this name; when names repeat the last one wins, as in graphql-js.</summary>
    public FragmentDefinition? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinition>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
            {
                if (definition is FragmentDefinition fragment)
                {
                    _fragments[fragment.Name.Value] = fragment;
                }
            }
        }

        return _fragments.GetValueOrDefault(name);
    }

    /// <summary>
    /// The fragment spreads inside a selection set, nested ones included, in graphql-js's order (a stack of
    /// selection sets: the spreads of one set in order, nested sets visited last-pushed first).
    /// </summary>
    public IReadOnlyList<FragmentSpread> GetFragmentSpreads(SelectionSet selectionSet)
    {
        if (_fragmentSpreads.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var spreads = new List<FragmentSpread>();
        var setsToVisit = new Stack<SelectionSet>();
        setsToVisit.Push(selectionSet);
        while (setsToVisit.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpread spread:
                        spreads.Add(spread);
                        break;
                    case Field { SelectionSet: { } nested }:
                        setsToVisit.Push(nested);
                        break;
                    case InlineFragment inline:
                        setsToVisit.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        _fragmentSpreads[selectionSet] = spreads;
        return spreads;
    }

    public IReadOnlyList<FragmentDefinition> GetRecursivelyReferencedFragments(OperationDefinition operation) =>
        GetRecursivelyReferencedFragmentsForOperations([operation]);

    /// <summary>Every fragment reachable from the operations, in discovery order.</summary>
    public IReadOnlyList<FragmentDefinition> GetRecursivelyReferencedFragmentsForOperations(
        IReadOnlyList<OperationDefinition> operations)
    {
        var initialNames = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
            {
                if (seen.Add(spread.Name.Value))
                {
                    initialNames.Add(spread.Name.Value);
                }
            }
        }

        // graphql-js caches by the set of initial names.
        var sorted = initialNames.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        var key = string.Join('\n', sorted);
        if (_referencedFragments.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var fragments = new List<FragmentDefinition>();
        SpendFragmentWork(initialNames.Count);
        var collected = new List<string>(initialNames);
        for (var i = 0; i < collected.Count; i++)
        {
            if (GetFragment(collected[i]) is not { } fragment)
            {
                continue;
            }

            fragments.Add(fragment);
            var spreads = GetFragmentSpreads(fragment.SelectionSet);
            SpendFragmentWork(spreads.Count);
            foreach (var spread in spreads)
            {
                if (seen.Add(spread.Name.Value))
                {
                    collected.Add(spread.Name.Value);
                }
            }
        }

        _referencedFragments[key] = fragments;
        return fragments;
    }

    /// <summary>Charges fragment bookkeeping against the run's budget; aborts validation when it is spent.</summary>
    public void SpendFragmentWork(int cost)
    {
        _remainingFragmentWork -= cost;
        if (_remainingFragmentWork < 0)
        {
            throw ValidationAbortedException.WorkBudgetExhausted();
        }
    }
}
