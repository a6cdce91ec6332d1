using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Introspection;

public static partial class IntrospectionTypes
{
    private static void AddFieldFields()
    {
        Field.AddField(new GraphQLField(
            "name", NonNull(SpecifiedScalars.String), resolver: Resolve<GraphQLField>(f => f.Name)));
        Field.AddField(new GraphQLField(
            "description", SpecifiedScalars.String, resolver: Resolve<GraphQLField>(f => f.Description)));
        Field.AddField(new GraphQLField(
            "args",
            NonNull(ListOfNonNull(InputValue)),
            arguments: [IncludeDeprecated()],
            resolver: Resolve<GraphQLField>((f, context) => FilterDeprecated(f.Arguments, context))));
        Field.AddField(new GraphQLField("type", NonNull(Type), resolver: Resolve<GraphQLField>(f => f.Type)));
        Field.AddField(new GraphQLField(
            "isDeprecated", NonNull(SpecifiedScalars.Boolean), resolver: Resolve<GraphQLField>(f => f.IsDeprecated)));
        Field.AddField(new GraphQLField(
            "deprecationReason", SpecifiedScalars.String, resolver: Resolve<GraphQLField>(f => f.DeprecationReason)));
    }

    private static void AddInputValueFields()
    {
        InputValue.AddField(new GraphQLField(
            "name", NonNull(SpecifiedScalars.String), resolver: Resolve<GraphQLInputValue>(v => v.Name)));
        InputValue.AddField(new GraphQLField(
            "description", SpecifiedScalars.String, resolver: Resolve<GraphQLInputValue>(v => v.Description)));
        InputValue.AddField(new GraphQLField("type", NonNull(Type), resolver: Resolve<GraphQLInputValue>(v => v.Type)));
        InputValue.AddField(new GraphQLField(
            "defaultValue",
            SpecifiedScalars.String,
            "A GraphQL-formatted string representing the default value for this input value.",
            resolver: Resolve<GraphQLInputValue>(DefaultValues.Print)));
        InputValue.AddField(new GraphQLField(
            "isDeprecated", NonNull(SpecifiedScalars.Boolean), resolver: Resolve<GraphQLInputValue>(v => v.IsDeprecated)));
        InputValue.AddField(new GraphQLField(
            "deprecationReason", SpecifiedScalars.String, resolver: Resolve<GraphQLInputValue>(v => v.DeprecationReason)));
    }

    private static void AddEnumValueFields()
    {
        EnumValue.AddField(new GraphQLField(
            "name", NonNull(SpecifiedScalars.String), resolver: Resolve<GraphQLEnumValue>(v => v.Name)));
        EnumValue.AddField(new GraphQLField(
            "description", SpecifiedScalars.String, resolver: Resolve<GraphQLEnumValue>(v => v.Description)));
        EnumValue.AddField(new GraphQLField(
            "isDeprecated", NonNull(SpecifiedScalars.Boolean), resolver: Resolve<GraphQLEnumValue>(v => v.IsDeprecated)));
        EnumValue.AddField(new GraphQLField(
            "deprecationReason", SpecifiedScalars.String, resolver: Resolve<GraphQLEnumValue>(v => v.DeprecationReason)));
    }
}
