using Throughline.GraphQL.Language;
using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Validation.Rules;

public sealed partial class OverlappingFieldsCanBeMergedRule
{
    /// <summary>The rule's state for one validation run: caches shared by all selection sets of the document.</summary>
    private sealed partial class Checker(ValidationContext context)
    {
        private readonly PairSet _comparedFragmentPairs = new();
        private readonly Dictionary<GraphQLNamedType, Dictionary<SelectionSet, CollectFieldsResult>> _cachedByType =
            new(ReferenceEqualityComparer.Instance);

        private readonly Dictionary<SelectionSet, CollectFieldsResult> _cachedWithoutType = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<Value, string> _stringifiedValues = new(ReferenceEqualityComparer.Instance);
        private int _remainingComplexityBudget = MaxComplexityBudget;

        public List<Conflict> FindConflictsWithinSelectionSet(GraphQLNamedType? parentType, SelectionSet selectionSet)
        {
            var conflicts = new List<Conflict>();
            var result = CollectFields(parentType, selectionSet);

            // (A) Conflicts among the fields of this selection set itself.
            CollectConflictsWithin(conflicts, result);

            // (B) Each spread fragment against the fields, (C) and against the other spread fragments.
            var fragmentNames = result.FragmentNames;
            if (fragmentNames.Count != 0 && (result.GroupedFieldSet.Count != 0 || fragmentNames.Count > 1))
            {
                for (var i = 0; i < fragmentNames.Count; i++)
                {
                    CollectConflictsBetweenFieldsAndFragment(conflicts, false, result, fragmentNames[i]);
                    for (var j = i + 1; j < fragmentNames.Count; j++)
                    {
                        CollectConflictsBetweenFragments(conflicts, false, fragmentNames[i], fragmentNames[j]);
                    }
                }
            }

            return conflicts;
        }

        private void CollectConflictsBetweenFieldsAndFragment(
            List<Conflict> conflicts, bool areMutuallyExclusive, CollectFieldsResult result, string fragmentName)
        {
            SpendComplexityBudget(1);
            if (result.GroupedFieldSet.Count == 0)
            {
                return;
            }

            // Memoised per field set; only a non-exclusive comparison covers both kinds.
            result.ComparedFragments ??= new Dictionary<string, bool>(StringComparer.Ordinal);
            if (result.ComparedFragments.TryGetValue(fragmentName, out var compared) && (!compared || areMutuallyExclusive))
            {
                return;
            }

            result.ComparedFragments[fragmentName] = areMutuallyExclusive;
            if (context.GetFragment(fragmentName) is not { } fragment)
            {
                return;
            }

            var fragmentResult = CollectFragmentFields(fragment);
            if (ReferenceEquals(result, fragmentResult))
            {
                return;
            }

            // (D) The fields against the fragment's fields, (E) then against the fragments it spreads.
            CollectConflictsBetween(conflicts, areMutuallyExclusive, result, fragmentResult);
            foreach (var referenced in fragmentResult.FragmentNames)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, result, referenced);
            }
        }

        private void CollectConflictsBetweenFragments(
            List<Conflict> conflicts, bool areMutuallyExclusive, string fragmentName1, string fragmentName2)
        {
            SpendComplexityBudget(2);
            if (fragmentName1 == fragmentName2
                || _comparedFragmentPairs.Has(fragmentName1, fragmentName2, areMutuallyExclusive))
            {
                return;
            }

            _comparedFragmentPairs.Add(fragmentName1, fragmentName2, areMutuallyExclusive);
            if (context.GetFragment(fragmentName1) is not { } fragment1 || context.GetFragment(fragmentName2) is not { } fragment2)
            {
                return;
            }

            var result1 = CollectFragmentFields(fragment1);
            var result2 = CollectFragmentFields(fragment2);

            // (F) The two fragments' fields, (G) then each against the fragments the other spreads.
            CollectConflictsBetween(conflicts, areMutuallyExclusive, result1, result2);
            foreach (var referenced2 in result2.FragmentNames)
            {
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, referenced2);
            }

            foreach (var referenced1 in result1.FragmentNames)
            {
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, referenced1, fragmentName2);
            }
        }

        private List<Conflict> FindConflictsBetweenSubSelectionSets(
            bool areMutuallyExclusive,
            GraphQLNamedType? parentType1,
            SelectionSet selectionSet1,
            GraphQLNamedType? parentType2,
            SelectionSet selectionSet2)
        {
            var conflicts = new List<Conflict>();
            var result1 = CollectFields(parentType1, selectionSet1);
            var result2 = CollectFields(parentType2, selectionSet2);

            // (H) Field against field, (I) fields against the other side's fragments, (J) fragment against fragment.
            CollectConflictsBetween(conflicts, areMutuallyExclusive, result1, result2);
            foreach (var fragmentName2 in result2.FragmentNames)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, result1, fragmentName2);
            }

            foreach (var fragmentName1 in result1.FragmentNames)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, result2, fragmentName1);
            }

            foreach (var fragmentName1 in result1.FragmentNames)
            {
                foreach (var fragmentName2 in result2.FragmentNames)
                {
                    CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, fragmentName2);
                }
            }

            return conflicts;
        }

        private void CollectConflictsWithin(List<Conflict> conflicts, CollectFieldsResult result)
        {
            foreach (var (responseName, fields) in result.GroupedFieldSet)
            {
                for (var i = 0; i < fields.Count; i++)
                {
                    for (var j = i + 1; j < fields.Count; j++)
                    {
                        if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict)
                        {
                            conflicts.Add(conflict);
                        }
                    }
                }
            }
        }

        private void CollectConflictsBetween(
            List<Conflict> conflicts, bool parentFieldsAreMutuallyExclusive, CollectFieldsResult result1, CollectFieldsResult result2)
        {
            if (result1.GroupedFieldSet.Count == 0 || result2.GroupedFieldSet.Count == 0)
            {
                return;
            }

            foreach (var overlap in GetOverlappingFields(result1, result2))
            {
                foreach (var field1 in overlap.Fields1)
                {
                    foreach (var field2 in overlap.Fields2)
                    {
                        if (FindConflict(parentFieldsAreMutuallyExclusive, overlap.ResponseName, field1, field2) is { } conflict)
                        {
                            conflicts.Add(conflict);
                        }
                    }
                }
            }
        }

        private List<Overlap> GetOverlappingFields(CollectFieldsResult result1, CollectFieldsResult result2)
        {
            result1.OverlappingFields ??= new Dictionary<CollectFieldsResult, List<Overlap>>(ReferenceEqualityComparer.Instance);
            if (result1.OverlappingFields.TryGetValue(result2, out var cached))
            {
                return cached;
            }

            var overlapping = new List<Overlap>();
            foreach (var (responseName, fields1) in result1.GroupedFieldSet)
            {
                SpendComplexityBudget(1);
                if (result2.Find(responseName) is { } fields2)
                {
                    overlapping.Add(new Overlap(responseName, fields1, fields2));
                }
            }

            result1.OverlappingFields[result2] = overlapping;
            return overlapping;
        }

        private void SpendComplexityBudget(int cost)
        {
            _remainingComplexityBudget -= cost;
            if (_remainingComplexityBudget < 0)
            {
                throw ValidationAbortedException.WorkBudgetExhausted();
            }
        }
    }
}
