using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Validation;

/// <summary>
/// Rejects operations using more than <c>maxAliases</c> aliases, counting a fragment's aliases each time it is
/// spread. Not a spec rule: aliases let one request run the same expensive field many times over.
/// </summary>
public sealed class MaxAliasesRule : IValidationRule
{
    public MaxAliasesRule(int maxAliases)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxAliases);
        MaxAliases = maxAliases;
    }

    public int MaxAliases { get; }

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, MaxAliases);

    private sealed class Visitor(ValidationContext context, int maxAliases) : ValidationVisitor
    {
        private static readonly NodeKind[] Entered = [NodeKind.OperationDefinition, NodeKind.FragmentDefinition];
        private static readonly NodeKind[] Left = [];

        public override IReadOnlyList<NodeKind> EnterKinds => Entered;

        public override IReadOnlyList<NodeKind> LeaveKinds => Left;

        private readonly Dictionary<SelectionSet, long> _counts = new(ReferenceEqualityComparer.Instance);
        private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);

        public override VisitAction Enter(Node node)
        {
            if (node is OperationDefinition operation && Count(operation.SelectionSet) is var count && count > maxAliases)
            {
                context.ReportError(
                    $"{OperationWalk.Describe(operation)} uses {count} aliases, more than the maximum of {maxAliases}.",
                    operation);
            }

            return node is OperationDefinition or FragmentDefinition ? VisitAction.SkipChildren : VisitAction.Continue;
        }

        private long Count(SelectionSet selectionSet)
        {
            if (_counts.TryGetValue(selectionSet, out var cached))
            {
                return cached;
            }

            long count = 0;
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case Field field:
                        count = OperationWalk.SaturatingAdd(count, field.Alias is null ? 0 : 1);
                        if (field.SelectionSet is { } nested)
                        {
                            count = OperationWalk.SaturatingAdd(count, Count(nested));
                        }

                        break;
                    case InlineFragment inline:
                        count = OperationWalk.SaturatingAdd(count, Count(inline.SelectionSet));
                        break;
                    case FragmentSpread spread when context.GetFragment(spread.Name.Value) is { } fragment
                        && _inProgress.Add(fragment.Name.Value):
                        count = OperationWalk.SaturatingAdd(count, Count(fragment.SelectionSet));
                        _inProgress.Remove(fragment.Name.Value);
                        break;
                }
            }

            _counts[selectionSet] = count;
            return count;
        }
    }
}
