using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Validation;

/// <summary>What a visitor wants after entering a node.</summary>
public enum VisitAction
{
    Continue,

    /// <summary>Do not call this visitor for the node's descendants (nor for its leave); other rules still see them.</summary>
    SkipChildren,
}

/// <summary>
/// Receives every node of the document in a single depth-first walk shared by all rules, like a graphql-js
/// visitor run through visitInParallel. <see cref="Enter"/> is called after the <see cref="TypeInfo"/> has
/// entered the node, <see cref="Leave"/> before it leaves it. Name nodes are not visited (no rule needs them).
/// </summary>
public abstract class ValidationVisitor
{
    /// <summary>The kinds of node <see cref="Enter"/> needs to see; null (the default) means every kind.</summary>
    public virtual IReadOnlyList<NodeKind>? EnterKinds => null;

    /// <summary>The kinds of node <see cref="Leave"/> needs to see; null (the default) means every kind.</summary>
    public virtual IReadOnlyList<NodeKind>? LeaveKinds => null;

    public virtual VisitAction Enter(Node node) => VisitAction.Continue;

    public virtual void Leave(Node node)
    {
    }
}
