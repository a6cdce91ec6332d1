namespace Throughline.GraphQL.Introspection;

// Copied verbatim from graphql-js 16 type/introspection.js: clients compare them.
public static partial class IntrospectionTypes
{
    private const string SchemaDescription =
        "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.";

    private const string DirectiveDescription =
        "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.";

    private const string DirectiveLocationDescription =
        "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.";

    private const string TypeDescription =
        "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.";

    private const string FieldDescription =
        "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.";

    private const string InputValueDescription =
        "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.";

    private const string EnumValueDescription =
        "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.";

    private const string TypeKindDescription = "An enum describing what kind of type a given `__Type` is.";

    private static readonly (string Name, string Description)[] DirectiveLocationValues =
    [
        ("QUERY", "Location adjacent to a query operation."),
        ("MUTATION", "Location adjacent to a mutation operation."),
        ("SUBSCRIPTION", "Location adjacent to a subscription operation."),
        ("FIELD", "Location adjacent to a field."),
        ("FRAGMENT_DEFINITION", "Location adjacent to a fragment definition."),
        ("FRAGMENT_SPREAD", "Location adjacent to a fragment spread."),
        ("INLINE_FRAGMENT", "Location adjacent to an inline fragment."),
        ("VARIABLE_DEFINITION", "Location adjacent to a variable definition."),
        ("SCHEMA", "Location adjacent to a schema definition."),
        ("SCALAR", "Location adjacent to a scalar definition."),
        ("OBJECT", "Location adjacent to an object type definition."),
        ("FIELD_DEFINITION", "Location adjacent to a field definition."),
        ("ARGUMENT_DEFINITION", "Location adjacent to an argument definition."),
        ("INTERFACE", "Location adjacent to an interface definition."),
        ("UNION", "Location adjacent to a union definition."),
        ("ENUM", "Location adjacent to an enum definition."),
        ("ENUM_VALUE", "Location adjacent to an enum value definition."),
        ("INPUT_OBJECT", "Location adjacent to an input object type definition."),
        ("INPUT_FIELD_DEFINITION", "Location adjacent to an input object field definition."),
        ("DIRECTIVE_DEFINITION", "Location adjacent to a directive definition."),
    ];

    private static readonly (string Name, string Description)[] TypeKindValues =
    [
        ("SCALAR", "Indicates this type is a scalar."),
        ("OBJECT", "Indicates this type is an object. `fields` and `interfaces` are valid fields."),
        ("INTERFACE", "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields."),
        ("UNION", "Indicates this type is a union. `possibleTypes` is a valid field."),
        ("ENUM", "Indicates this type is an enum. `enumValues` is a valid field."),
        ("INPUT_OBJECT", "Indicates this type is an input object. `inputFields` is a valid field."),
        ("LIST", "Indicates this type is a list. `ofType` is a valid field."),
        ("NON_NULL", "Indicates this type is a non-null. `ofType` is a valid field."),
    ];
}
