using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.3.2 Field Selection Merging: fields with the same response name in one selection (after fragments)
/// must be the same field with the same arguments, unless their parents can never be the same object, and
/// must return shapes that can merge. A faithful port of graphql-js 16.15's rule, including its memoisation
/// (which decides how often a conflict reachable through fragments is reported) and its work budget.
/// </summary>
public sealed partial class OverlappingFieldsCanBeMergedRule : IValidationRule
{
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;
    private const int MaxComplexityBudget = 500_000;

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private static readonly NodeKind[] Entered = [NodeKind.SelectionSet];
        private static readonly NodeKind[] Left = [];

        public override IReadOnlyList<NodeKind> EnterKinds => Entered;

        public override IReadOnlyList<NodeKind> LeaveKinds => Left;

        private readonly Checker _checker = new(context);

        public override VisitAction Enter(Node node)
        {
            if (node is not SelectionSet selectionSet || context.Parent is InlineFragment)
            {
                return VisitAction.Continue;
            }

            var selections = selectionSet.Selections;
            if (selections.Count <= 1 && (selections.Count == 0 || selections[0] is not InlineFragment))
            {
                return VisitAction.Continue;
            }

            foreach (var conflict in _checker.FindConflictsWithinSelectionSet(context.ParentType, selectionSet))
            {
                context.ReportError(
                    $"Fields \"{MaybeAbbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                    [.. conflict.Fields1, .. conflict.Fields2]);
            }

            return VisitAction.Continue;
        }
    }

    private static string MaybeAbbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? string.Concat(text.AsSpan(0, MaxConflictDetailLength), "...") : text;
}
