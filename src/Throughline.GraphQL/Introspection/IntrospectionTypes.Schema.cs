using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Introspection;

public static partial class IntrospectionTypes
{
    private static void AddSchemaFields()
    {
        Schema.AddField(new GraphQLField(
            "description", SpecifiedScalars.String, resolver: Resolve<GraphQLSchema>(s => s.Description)));
        Schema.AddField(new GraphQLField(
            "types",
            NonNull(ListOfNonNull(Type)),
            "A list of all types supported by this server.",
            resolver: Resolve<GraphQLSchema>(s => s.Types.Values.ToList())));
        Schema.AddField(new GraphQLField(
            "queryType",
            NonNull(Type),
            "The type that query operations will be rooted at.",
            resolver: Resolve<GraphQLSchema>(s => s.QueryType)));
        Schema.AddField(new GraphQLField(
            "mutationType",
            Type,
            "If this server supports mutation, the type that mutation operations will be rooted at.",
            resolver: Resolve<GraphQLSchema>(s => s.MutationType)));
        Schema.AddField(new GraphQLField(
            "subscriptionType",
            Type,
            "If this server support subscription, the type that subscription operations will be rooted at.",
            resolver: Resolve<GraphQLSchema>(s => s.SubscriptionType)));
        Schema.AddField(new GraphQLField(
            "directives",
            NonNull(ListOfNonNull(Directive)),
            "A list of all directives supported by this server.",
            [IncludeDeprecated(nonNull: true)],
            resolver: Resolve<GraphQLSchema>((s, context) => IncludeDeprecatedArgument(context)
                ? s.Directives
                : s.Directives.Where(d => !d.IsDeprecated).ToList())));
    }

    private static void AddDirectiveFields()
    {
        Directive.AddField(new GraphQLField(
            "name", NonNull(SpecifiedScalars.String), resolver: Resolve<GraphQLDirective>(d => d.Name)));
        Directive.AddField(new GraphQLField(
            "description", SpecifiedScalars.String, resolver: Resolve<GraphQLDirective>(d => d.Description)));
        Directive.AddField(new GraphQLField(
            "isRepeatable", NonNull(SpecifiedScalars.Boolean), resolver: Resolve<GraphQLDirective>(d => d.IsRepeatable)));
        Directive.AddField(new GraphQLField(
            "locations",
            NonNull(ListOfNonNull(DirectiveLocation)),
            resolver: Resolve<GraphQLDirective>(d => d.Locations.Select(l => l.ToSpecName()).ToList())));
        Directive.AddField(new GraphQLField(
            "args",
            NonNull(ListOfNonNull(InputValue)),
            arguments: [IncludeDeprecated()],
            resolver: Resolve<GraphQLDirective>((d, context) => FilterDeprecated(d.Arguments, context))));
        Directive.AddField(new GraphQLField(
            "isDeprecated", NonNull(SpecifiedScalars.Boolean), resolver: Resolve<GraphQLDirective>(d => d.IsDeprecated)));
        Directive.AddField(new GraphQLField(
            "deprecationReason", SpecifiedScalars.String, resolver: Resolve<GraphQLDirective>(d => d.DeprecationReason)));
    }

    private static GraphQLEnumType BuildDirectiveLocation()
    {
        var type = new GraphQLEnumType("__DirectiveLocation", DirectiveLocationDescription);
        foreach (var (name, description) in DirectiveLocationValues)
        {
            type.AddValue(new GraphQLEnumValue(name, description));
        }

        return type;
    }

    private static GraphQLEnumType BuildTypeKind()
    {
        var type = new GraphQLEnumType("__TypeKind", TypeKindDescription);
        foreach (var (name, description) in TypeKindValues)
        {
            type.AddValue(new GraphQLEnumValue(name, description));
        }

        return type;
    }

    private static List<GraphQLArgument> FilterDeprecated(IReadOnlyList<GraphQLArgument> arguments, ResolveFieldContext context) =>
        IncludeDeprecatedArgument(context) ? [.. arguments] : arguments.Where(a => !a.IsDeprecated).ToList();
}
