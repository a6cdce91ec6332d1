using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Validation;

/// <summary>
/// The single depth-first walk of a validation run: every rule's visitor sees every node in document order,
/// rules in the order given, with the <see cref="TypeInfo"/> kept in step — graphql-js
/// <c>visit(document, visitWithTypeInfo(typeInfo, visitInParallel(rules)))</c>. A visitor that skips a node
/// is left out until the walk leaves that node; the other visitors carry on.
/// </summary>
internal sealed class DocumentWalker
{
    private readonly ValidationVisitor[] _visitors;
    private readonly int[][] _enterByKind;
    private readonly int[][] _leaveByKind;
    private readonly bool[] _skipping;
    private readonly List<(int Depth, int Visitor)> _skipStack = [];
    private readonly TypeInfo _typeInfo;
    private readonly List<Node> _ancestors;

    public DocumentWalker(ValidationVisitor[] visitors, TypeInfo typeInfo, List<Node> ancestors)
    {
        _visitors = visitors;
        _skipping = new bool[visitors.Length];
        _typeInfo = typeInfo;
        _ancestors = ancestors;
        _enterByKind = Dispatch(visitors, v => v.EnterKinds);
        _leaveByKind = Dispatch(visitors, v => v.LeaveKinds);
    }

    public void Walk(Node node)
    {
        var kind = NodeKinds.Of(node);
        var depth = _ancestors.Count;
        _typeInfo.Enter(node, kind);
        foreach (var i in _enterByKind[(int)kind])
        {
            if (!_skipping[i] && _visitors[i].Enter(node) == VisitAction.SkipChildren)
            {
                _skipping[i] = true;
                _skipStack.Add((depth, i));
            }
        }

        _ancestors.Add(node);
        AstChildren.ForEach(node, kind, this, static (child, walker) => walker.Walk(child));
        _ancestors.RemoveAt(depth);

        foreach (var i in _leaveByKind[(int)kind])
        {
            if (!_skipping[i])
            {
                _visitors[i].Leave(node);
            }
        }

        // Visitors that skipped this node's subtree (and so missed its leave) take part again.
        while (_skipStack.Count > 0 && _skipStack[^1].Depth == depth)
        {
            _skipping[_skipStack[^1].Visitor] = false;
            _skipStack.RemoveAt(_skipStack.Count - 1);
        }

        _typeInfo.Leave(node, kind);
    }

    // For each node kind, the visitors (by index, in rule order) that asked for it.
    private static int[][] Dispatch(ValidationVisitor[] visitors, Func<ValidationVisitor, IReadOnlyList<NodeKind>?> kindsOf)
    {
        var masks = new uint[visitors.Length];
        var counts = new int[NodeKinds.Count];
        for (var i = 0; i < visitors.Length; i++)
        {
            var mask = uint.MaxValue;
            if (kindsOf(visitors[i]) is { } kinds)
            {
                mask = 0;
                foreach (var kind in kinds)
                {
                    mask |= 1u << (int)kind;
                }
            }

            masks[i] = mask;
            for (var k = 0; k < counts.Length; k++)
            {
                counts[k] += (int)((mask >> k) & 1);
            }
        }

        var byKind = new int[NodeKinds.Count][];
        for (var k = 0; k < byKind.Length; k++)
        {
            var list = counts[k] == 0 ? [] : new int[counts[k]];
            var next = 0;
            for (var i = 0; i < visitors.Length && next < list.Length; i++)
            {
                if (((masks[i] >> k) & 1) != 0)
                {
                    list[next++] = i;
                }
            }

            byKind[k] = list;
        }

        return byKind;
    }
}
