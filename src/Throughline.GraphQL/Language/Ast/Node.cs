namespace Throughline.GraphQL.Language;

/// <summary>Character range [Start, End) of a node in its <see cref="Source"/>.</summary>
public readonly record struct Location(int Start, int End);

/// <summary>
/// Base of every syntax-tree node. Nodes are immutable records: make changed copies with <c>with</c>.
/// https://spec.graphql.org/October2021/#sec-Language
/// </summary>
public abstract record Node
{
    public Location Location { get; init; }
}

public sealed record Name(string Value) : Node;

public sealed record Document(IReadOnlyList<Definition> Definitions) : Node
{
    /// <summary>The source the document was parsed from (null for documents built in code).</summary>
    public Source? Source { get; init; }
}

public abstract record Definition : Node;

public abstract record ExecutableDefinition : Definition
{
    public abstract IReadOnlyList<Directive> Directives { get; }

    public abstract SelectionSet SelectionSet { get; }
}

public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}
