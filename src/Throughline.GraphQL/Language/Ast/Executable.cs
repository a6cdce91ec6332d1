namespace Throughline.GraphQL.Language;

// https://spec.graphql.org/October2021/#sec-Executable-Definitions

public sealed record OperationDefinition(
    OperationType Operation,
    Name? Name,
    IReadOnlyList<VariableDefinition> VariableDefinitions,
    IReadOnlyList<Directive> Directives,
    SelectionSet SelectionSet) : ExecutableDefinition
{
    public override IReadOnlyList<Directive> Directives { get; } = Directives;

    public override SelectionSet SelectionSet { get; } = SelectionSet;

    /// <summary>Description of a non-shorthand operation (accepted by graphql-js 16.15; null when absent).</summary>
    public StringValue? Description { get; init; }
}

public sealed record FragmentDefinition(
    Name Name,
    NamedType TypeCondition,
    IReadOnlyList<Directive> Directives,
    SelectionSet SelectionSet) : ExecutableDefinition
{
    public override IReadOnlyList<Directive> Directives { get; } = Directives;

    public override SelectionSet SelectionSet { get; } = SelectionSet;

    /// <summary>Description of the fragment (accepted by graphql-js 16.15; null when absent).</summary>
    public StringValue? Description { get; init; }
}

public sealed record VariableDefinition(
    Variable Variable,
    TypeNode Type,
    Value? DefaultValue,
    IReadOnlyList<Directive> Directives) : Node
{
    /// <summary>Description of the variable (accepted by graphql-js 16.15; null when absent).</summary>
    public StringValue? Description { get; init; }
}

public sealed record SelectionSet(IReadOnlyList<Selection> Selections) : Node;

public abstract record Selection : Node
{
    public abstract IReadOnlyList<Directive> Directives { get; }
}

public sealed record Field(
    Name? Alias,
    Name Name,
    IReadOnlyList<Argument> Arguments,
    IReadOnlyList<Directive> Directives,
    SelectionSet? SelectionSet) : Selection
{
    public override IReadOnlyList<Directive> Directives { get; } = Directives;

    /// <summary>The response key: the alias when there is one, else the field name.</summary>
    public string ResponseKey => (Alias ?? Name).Value;
}

public sealed record FragmentSpread(Name Name, IReadOnlyList<Directive> Directives) : Selection
{
    public override IReadOnlyList<Directive> Directives { get; } = Directives;
}

public sealed record InlineFragment(
    NamedType? TypeCondition,
    IReadOnlyList<Directive> Directives,
    SelectionSet SelectionSet) : Selection
{
    public override IReadOnlyList<Directive> Directives { get; } = Directives;
}

public sealed record Argument(Name Name, Value Value) : Node;

public sealed record Directive(Name Name, IReadOnlyList<Argument> Arguments) : Node;
