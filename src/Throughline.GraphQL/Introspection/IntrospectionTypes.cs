using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Introspection;

/// <summary>
/// The introspection types (__Schema, __Type, ...), defined field for field and description for description
/// as graphql-js 16 defines them, with resolvers over this engine's type objects. Shared by every schema:
/// resolvers find the schema through <see cref="ResolveFieldContext.Schema"/>.
/// </summary>
public static partial class IntrospectionTypes
{
    static IntrospectionTypes()
    {
        Schema = new GraphQLObjectType("__Schema", SchemaDescription);
        Directive = new GraphQLObjectType("__Directive", DirectiveDescription);
        DirectiveLocation = BuildDirectiveLocation();
        Type = new GraphQLObjectType("__Type", TypeDescription);
        Field = new GraphQLObjectType("__Field", FieldDescription);
        InputValue = new GraphQLObjectType("__InputValue", InputValueDescription);
        EnumValue = new GraphQLObjectType("__EnumValue", EnumValueDescription);
        TypeKind = BuildTypeKind();
        AddSchemaFields();
        AddDirectiveFields();
        AddTypeFields();
        AddFieldFields();
        AddInputValueFields();
        AddEnumValueFields();
        All = [Schema, Directive, DirectiveLocation, Type, Field, InputValue, EnumValue, TypeKind];
    }

    public static GraphQLObjectType Schema { get; }

    public static GraphQLObjectType Directive { get; }

    public static GraphQLEnumType DirectiveLocation { get; }

    public static GraphQLObjectType Type { get; }

    public static GraphQLObjectType Field { get; }

    public static GraphQLObjectType InputValue { get; }

    public static GraphQLObjectType EnumValue { get; }

    public static GraphQLEnumType TypeKind { get; }

    /// <summary>In graphql-js's introspectionTypes order.</summary>
    public static IReadOnlyList<GraphQLNamedType> All { get; }

    public static bool IsIntrospectionTypeName(string name) => All.Any(t => t.Name == name);

    private static GraphQLType NonNull(GraphQLType type) => new GraphQLNonNull(type);

    private static GraphQLType ListOfNonNull(GraphQLType type) => new GraphQLList(new GraphQLNonNull(type));

    private static GraphQLArgument IncludeDeprecated(bool nonNull = false) => new(
        "includeDeprecated",
        nonNull ? NonNull(SpecifiedScalars.Boolean) : SpecifiedScalars.Boolean,
        defaultValue: new Language.BooleanValue(false));

    private static FieldResolver Resolve<T>(Func<T, object?> resolve) =>
        context => ValueTask.FromResult(context.Source is T source ? resolve(source) : null);

    private static FieldResolver Resolve<T>(Func<T, ResolveFieldContext, object?> resolve) =>
        context => ValueTask.FromResult(context.Source is T source ? resolve(source, context) : null);

    private static bool IncludeDeprecatedArgument(ResolveFieldContext context) =>
        context.GetArgument<bool>("includeDeprecated");
}
