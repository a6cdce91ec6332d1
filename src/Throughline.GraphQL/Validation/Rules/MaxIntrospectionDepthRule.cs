using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Validation.Rules;

/// <summary>
/// graphql-js's recommended MaxIntrospectionDepthRule: introspection may nest the list fields fields,
/// interfaces, possibleTypes and inputFields at most twice, so one request cannot make the server expand the
/// type graph exponentially.
/// </summary>
public sealed class MaxIntrospectionDepthRule : IValidationRule
{
    private const int MaxListsDepth = 3;

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private static readonly NodeKind[] Entered = [NodeKind.Field];
        private static readonly NodeKind[] Left = [];

        public override IReadOnlyList<NodeKind> EnterKinds => Entered;

        public override IReadOnlyList<NodeKind> LeaveKinds => Left;

        // Per fragment: the greatest entry depth at which a check finished below the limit, and the smallest
        // entry depth at which one reached it. Shared by all root checks.
        private readonly Dictionary<string, int> _checkedFragments = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _exceededFragments = new(StringComparer.Ordinal);

        public override VisitAction Enter(Node node)
        {
            if (node is not Field { Name.Value: "__schema" or "__type" } field)
            {
                return VisitAction.Continue;
            }

            if (!CheckDepth(field, new Dictionary<string, int>(StringComparer.Ordinal), 0))
            {
                return VisitAction.Continue;
            }

            context.ReportError("Maximum introspection depth exceeded", field);
            return VisitAction.SkipChildren;
        }

        private bool CheckDepth(Node node, Dictionary<string, int> visitedFragments, int depth)
        {
            if (node is FragmentSpread spread)
            {
                return CheckFragment(spread.Name.Value, visitedFragments, depth);
            }

            if (node is Field { Name.Value: "fields" or "interfaces" or "possibleTypes" or "inputFields" })
            {
                depth++;
                if (depth >= MaxListsDepth)
                {
                    return true;
                }
            }

            var selectionSet = node switch
            {
                Field f => f.SelectionSet,
                InlineFragment inline => inline.SelectionSet,
                FragmentDefinition fragment => fragment.SelectionSet,
                _ => null,
            };
            if (selectionSet is not null)
            {
                foreach (var child in selectionSet.Selections)
                {
                    if (CheckDepth(child, visitedFragments, depth))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private bool CheckFragment(string name, Dictionary<string, int> visitedFragments, int depth)
        {
            if (_exceededFragments.TryGetValue(name, out var exceededDepth) && exceededDepth <= depth)
            {
                return true;
            }

            if ((visitedFragments.TryGetValue(name, out var visitedDepth) && visitedDepth >= depth)
                || (_checkedFragments.TryGetValue(name, out var checkedDepth) && checkedDepth >= depth))
            {
                return false;
            }

            if (context.GetFragment(name) is not { } fragment)
            {
                return false;
            }

            visitedFragments[name] = depth;
            if (CheckDepth(fragment, visitedFragments, depth))
            {
                _exceededFragments[name] = depth;
                return true;
            }

            _checkedFragments[name] = depth;
            return false;
        }
    }
}
