using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Types;

/// <summary>The directives every schema has, defined exactly as graphql-js 16 defines them.</summary>
public static class SpecifiedDirectives
{
    /// <summary>graphql-js DEFAULT_DEPRECATION_REASON.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    public static GraphQLDirective Include { get; } = new(
        "include",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        [new GraphQLArgument("if", new GraphQLNonNull(SpecifiedScalars.Boolean), "Included when true.")],
        "Directs the executor to include this field or fragment only when the `if` argument is true.");

    public static GraphQLDirective Skip { get; } = new(
        "skip",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        [new GraphQLArgument("if", new GraphQLNonNull(SpecifiedScalars.Boolean), "Skipped when true.")],
        "Directs the executor to skip this field or fragment when the `if` argument is true.");

    public static GraphQLDirective Deprecated { get; } = new(
        "deprecated",
        [
            DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition,
            DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue, DirectiveLocation.DirectiveDefinition,
        ],
        [
            new GraphQLArgument(
                "reason",
                SpecifiedScalars.String,
                "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
                new StringValue(DefaultDeprecationReason)),
        ],
        "Marks an element of a GraphQL schema as no longer supported.");

    public static GraphQLDirective SpecifiedBy { get; } = new(
        "specifiedBy",
        [DirectiveLocation.Scalar],
        [new GraphQLArgument("url", new GraphQLNonNull(SpecifiedScalars.String), "The URL that specifies the behavior of this scalar.")],
        "Exposes a URL that specifies the behavior of this scalar.");

    public static GraphQLDirective OneOf { get; } = new(
        "oneOf",
        [DirectiveLocation.InputObject],
        description: "Indicates exactly one field must be supplied and this field must not be `null`.");

    /// <summary>In graphql-js's order: include, skip, deprecated, specifiedBy, oneOf.</summary>
    public static IReadOnlyList<GraphQLDirective> All { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];
}
