using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Validation;

public sealed partial class ValidationContext
{
    private readonly Dictionary<ExecutableDefinition, IReadOnlyList<VariableUsage>> _variableUsages =
        new(ReferenceEqualityComparer.Instance);

    private readonly Dictionary<OperationDefinition, IReadOnlyList<VariableUsage>> _recursiveVariableUsages =
        new(ReferenceEqualityComparer.Instance);

    private readonly Dictionary<IReadOnlyList<FragmentDefinition>, IReadOnlyList<VariableUsage>> _fragmentListUsages =
        new(ReferenceEqualityComparer.Instance);

    /// <summary>The variables used inside an operation or fragment (not those of spread fragments), in document order.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinition definition)
    {
        if (!_variableUsages.TryGetValue(definition, out var usages))
        {
            var collector = new VariableUsageCollector(new TypeInfo(Schema));
            collector.Walk(definition);
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
        if (!_fragmentListUsages.TryGetValue(fragments, out var fragmentUsages))
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
            _fragmentListUsages[fragments] = fragmentUsages;
        }

        SpendFragmentWork(fragmentUsages.Count);
        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        usages.AddRange(fragmentUsages);
        _recursiveVariableUsages[operation] = usages;
        return usages;
    }

    // Walks one definition with its own TypeInfo, skipping variable definitions (their defaults cannot use variables).
    private sealed class VariableUsageCollector(TypeInfo typeInfo)
    {
        public List<VariableUsage> Usages { get; } = [];

        public void Walk(Node node)
        {
            if (node is VariableDefinition)
            {
                return;
            }

            typeInfo.Enter(node);
            if (node is Variable variable)
            {
                Usages.Add(new VariableUsage(variable, typeInfo.InputType, typeInfo.DefaultValue, typeInfo.ParentInputType));
            }

            DocumentWalker.ForEachChild(node, this, static (child, self) => self.Walk(child));
            typeInfo.Leave(node);
        }
    }
}
