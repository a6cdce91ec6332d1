using Throughline.GraphQL.Validation.Rules;

namespace Throughline.GraphQL.Tests.Validation;

public sealed class ProvidedRequiredArgumentsRuleTests
{
    private static readonly ProvidedRequiredArgumentsRule Rule = new();

    [Fact]
    public void Required_arguments_given_and_defaults_or_nullable_omitted_are_valid() =>
        ValidationHarness.ExpectValid(
            Rule, "{ dog @include(if: true) { isHouseTrained } complicatedArgs { multipleReqs(req1: 1, req2: 2) nonNullFieldWithDefault multipleOpts } }");

    [Fact]
    public void Missing_field_arguments_are_reported_at_the_field() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "{ complicatedArgs { multipleReqs } search { __typename } }",
            new ExpectedError("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (1, 21)),
            new ExpectedError("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (1, 21)),
            new ExpectedError("Field \"search\" argument \"term\" of type \"String!\" is required, but it was not provided.", (1, 36)));

    [Fact]
    public void Missing_directive_arguments_are_reported_at_the_directive() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "directive @needs(a: Int!, b: [String!]!, c: Int! = 1) on FIELD\n{ dog @include { name @tagged @needs } }",
            new ExpectedError("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (2, 7)),
            new ExpectedError("Directive \"@tagged\" argument \"name\" of type \"String!\" is required, but it was not provided.", (2, 23)),
            new ExpectedError("Directive \"@needs\" argument \"a\" of type \"Int!\" is required, but it was not provided.", (2, 31)),
            new ExpectedError("Directive \"@needs\" argument \"b\" of type \"[String!]!\" is required, but it was not provided.", (2, 31)));

    [Fact]
    public void Unknown_fields_and_directives_are_ignored() =>
        ValidationHarness.ExpectValid(Rule, "{ dog { unknown(x: 1) } cat @unknownDirective { name } }");
}
