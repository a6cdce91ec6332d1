using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Validation;

/// <summary>
/// Rejects operations whose fields nest deeper than <c>maxDepth</c> (root fields are at depth 1; fragments
/// count where they are spread). Not a spec rule: a guard against queries that walk a cyclic graph without
/// end. The error points at the first field past the limit.
/// </summary>
public sealed class MaxDepthRule : IValidationRule
{
    public MaxDepthRule(int maxDepth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDepth, 1);
        MaxDepth = maxDepth;
    }

    public int MaxDepth { get; }

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, MaxDepth);

    private sealed class Visitor(ValidationContext context, int maxDepth) : ValidationVisitor
    {
        private static readonly NodeKind[] Entered = [NodeKind.OperationDefinition, NodeKind.FragmentDefinition];
        private static readonly NodeKind[] Left = [];

        public override IReadOnlyList<NodeKind> EnterKinds => Entered;

        public override IReadOnlyList<NodeKind> LeaveKinds => Left;

        private readonly Dictionary<SelectionSet, int> _depths = new(ReferenceEqualityComparer.Instance);
        private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);

        public override VisitAction Enter(Node node)
        {
            if (node is OperationDefinition operation)
            {
                var depth = Depth(operation.SelectionSet);
                if (depth > maxDepth && FirstTooDeep(operation.SelectionSet, 0) is { } field)
                {
                    context.ReportError(
                        $"{OperationWalk.Describe(operation)} has a depth of {depth}, more than the maximum depth of {maxDepth}.",
                        field);
                }
            }

            return node is OperationDefinition or FragmentDefinition ? VisitAction.SkipChildren : VisitAction.Continue;
        }

        // How many field levels a selection set spans (its own fields count as 1).
        private int Depth(SelectionSet selectionSet)
        {
            if (_depths.TryGetValue(selectionSet, out var cached))
            {
                return cached;
            }

            var deepest = 0;
            foreach (var selection in selectionSet.Selections)
            {
                deepest = Math.Max(deepest, Depth(selection));
            }

            _depths[selectionSet] = deepest;
            return deepest;
        }

        private int Depth(Selection selection)
        {
            switch (selection)
            {
                case Field field:
                    return 1 + (field.SelectionSet is { } nested ? Depth(nested) : 0);
                case InlineFragment inline:
                    return Depth(inline.SelectionSet);
                case FragmentSpread spread when context.GetFragment(spread.Name.Value) is { } fragment
                    && _inProgress.Add(fragment.Name.Value):
                    var depth = Depth(fragment.SelectionSet);
                    _inProgress.Remove(fragment.Name.Value);
                    return depth;
                default:
                    return 0;
            }
        }

        // Follows only selections known to go too deep, so it finds the first offending field directly.
        private Field? FirstTooDeep(SelectionSet selectionSet, int depth)
        {
            foreach (var selection in selectionSet.Selections)
            {
                if (depth + Depth(selection) <= maxDepth)
                {
                    continue;
                }

                switch (selection)
                {
                    case Field field:
                        return depth + 1 > maxDepth ? field : FirstTooDeep(field.SelectionSet!, depth + 1);
                    case InlineFragment inline:
                        return FirstTooDeep(inline.SelectionSet, depth);
                    case FragmentSpread spread when context.GetFragment(spread.Name.Value) is { } fragment:
                        return FirstTooDeep(fragment.SelectionSet, depth);
                }
            }

            return null;
        }
    }
}
