using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Validation;

/// <summary>
/// The kinds of node a validation walk visits; type-system definitions share one kind. Visitors declare the
/// kinds they need (<see cref="ValidationVisitor.EnterKinds"/>) so the walk calls each one only where it matters.
/// </summary>
public enum NodeKind
{
    Document,
    OperationDefinition,
    VariableDefinition,
    SelectionSet,
    Field,
    FragmentSpread,
    InlineFragment,
    FragmentDefinition,
    Argument,
    Directive,
    Variable,
    IntValue,
    FloatValue,
    StringValue,
    BooleanValue,
    NullValue,
    EnumValue,
    ListValue,
    ObjectValue,
    ObjectField,
    NamedType,
    ListType,
    NonNullType,

    /// <summary>Any type-system definition or extension, and the parts of one (field, argument, enum value definitions).</summary>
    TypeSystem,
}

internal static class NodeKinds
{
    // Kinds are bits of a 32-bit mask in the walk's dispatch tables.
    public const int Count = (int)NodeKind.TypeSystem + 1;

    // Ordered by how often each kind occurs in request documents.
    public static NodeKind Of(Node node) => node switch
    {
        Field => NodeKind.Field,
        SelectionSet => NodeKind.SelectionSet,
        NamedType => NodeKind.NamedType,
        Argument => NodeKind.Argument,
        Variable => NodeKind.Variable,
        FragmentSpread => NodeKind.FragmentSpread,
        InlineFragment => NodeKind.InlineFragment,
        Directive => NodeKind.Directive,
        StringValue => NodeKind.StringValue,
        EnumValue => NodeKind.EnumValue,
        IntValue => NodeKind.IntValue,
        BooleanValue => NodeKind.BooleanValue,
        VariableDefinition => NodeKind.VariableDefinition,
        NonNullType => NodeKind.NonNullType,
        ListType => NodeKind.ListType,
        ObjectValue => NodeKind.ObjectValue,
        ObjectField => NodeKind.ObjectField,
        ListValue => NodeKind.ListValue,
        FloatValue => NodeKind.FloatValue,
        NullValue => NodeKind.NullValue,
        FragmentDefinition => NodeKind.FragmentDefinition,
        OperationDefinition => NodeKind.OperationDefinition,
        Document => NodeKind.Document,
        _ => NodeKind.TypeSystem,
    };
}
