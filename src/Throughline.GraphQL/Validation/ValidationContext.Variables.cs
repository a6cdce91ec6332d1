using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Validation;

public sealed partial class ValidationContext
{
    private readonly Dictionary<ExecutableDefinition, IReadOnlyList<VariableUsage>> _variableUsages =
        new(ReferenceEqualityComparer.Instance);

    private readonly Dictionary<OperationDefinition, IReadOnlyList<VariableUsage>> _recursiveVariableUsages =
        new(ReferenceEqualityComparer.Instance);

    // Keyed by the set of fragments (their names, sorted), as graphql-js keys it by the fragments themselves.
    private readonly Dictionary<string, IReadOnlyList<VariableUsage>> _fragmentListUsages = new(StringComparer.Ordinal);

    /// <summary>The variables used inside an operation or fragment (not those of spread fragments), in document order.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinition definition)
    {
        // Without a "$" in the text there is no variable to find (documents built in code have no text).
        if (Document.Source is { } source && !source.Body.Contains('$', StringComparison.Ordinal))
        {
            return [];
        }

        if (!_variableUsages.TryGetValue(definition, out var usages))
        {
            var collector = new VariableUsageCollector(new TypeInfo(Schema));
            collector.Collect(definition);
            usages = collector.Usages;
            _variableUsages[definition] = usages;
        }

        return usages;
    }

    /// <summary>The variables used by an operation and every fragment it reaches.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinition operation)
    {
        if (_recursiveVariableUsages.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var fragments = GetRecursivelyReferencedFragments(operation);
        var names = fragments.Select(f => f.Name.Value).ToArray();
        Array.Sort(names, StringComparer.Ordinal);
        var key = string.Join('\n', names);
        if (!_fragmentListUsages.TryGetValue(key, out var fragmentUsages))
        {
            SpendFragmentWork(fragments.Count);
            var collected = new List<VariableUsage>();
            foreach (var fragment in fragments)
            {
                var local = GetVariableUsages(fragment);
                SpendFragmentWork(local.Count);
                collected.AddRange(local);
            }

            fragmentUsages = collected;
            _fragmentListUsages[key] = fragmentUsages;
        }

        SpendFragmentWork(fragmentUsages.Count);
        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        usages.AddRange(fragmentUsages);
        _recursiveVariableUsages[operation] = usages;
        return usages;
    }

    // Walks one definition with its own TypeInfo, skipping variable definitions (their defaults cannot use
    // variables) and, after a cheap first pass, every selection that holds no variable at all.
    private sealed class VariableUsageCollector(TypeInfo typeInfo)
    {
        private readonly HashSet<Node> _holdingVariables = new(ReferenceEqualityComparer.Instance);

        // Whether a variable was found among the children visited so far (saved and restored per level).
        private bool _found;

        public List<VariableUsage> Usages { get; } = [];

        public void Collect(ExecutableDefinition definition)
        {
            if (MarkVariables(definition))
            {
                Walk(definition);
            }
        }

        private void Walk(Node node)
        {
            var kind = NodeKinds.Of(node);
            if (kind == NodeKind.VariableDefinition
                || (kind is NodeKind.SelectionSet or NodeKind.Field or NodeKind.InlineFragment && !_holdingVariables.Contains(node)))
            {
                return;
            }

            typeInfo.Enter(node, kind);
            if (node is Variable variable)
            {
                Usages.Add(new VariableUsage(variable, typeInfo.InputType, typeInfo.DefaultValue, typeInfo.ParentInputType));
            }

            AstChildren.ForEach(node, kind, this, static (child, self) => self.Walk(child));
            typeInfo.Leave(node, kind);
        }

        // Whether the subtree uses a variable outside variable definitions; marks the selections that do.
        private bool MarkVariables(Node node)
        {
            var kind = NodeKinds.Of(node);
            if (kind == NodeKind.Variable)
            {
                return true;
            }

            if (kind == NodeKind.VariableDefinition)
            {
                return false;
            }

            var outer = _found;
            _found = false;
            AstChildren.ForEach(node, kind, this, static (child, self) => self._found |= self.MarkVariables(child));
            var found = _found;
            _found = outer;
            if (found && kind is NodeKind.SelectionSet or NodeKind.Field or NodeKind.InlineFragment)
            {
                _holdingVariables.Add(node);
            }

            return found;
        }
    }
}
