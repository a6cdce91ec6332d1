using Throughline.GraphQL.Validation.Rules;

namespace Throughline.GraphQL.Tests.Validation;

public sealed class KnownDirectivesRuleTests
{
    private static readonly KnownDirectivesRule Rule = new();

    [Fact]
    public void Directives_in_their_locations_are_valid() =>
        ValidationHarness.ExpectValid(
            Rule,
            "query ($v: Boolean @onVariableDefinition) @onQuery { dog @include(if: $v) { name @onField } ...F @skip(if: true) } fragment F on QueryRoot @onFragmentDefinition { dog { name } }");

    [Fact]
    public void Unknown_directives_are_reported() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "{ dog @unknown(directive: \"value\") { name @inlcude(if: true) } }",
            new ExpectedError("Unknown directive \"@unknown\".", (1, 7)),
            new ExpectedError("Unknown directive \"@inlcude\".", (1, 43)));

    [Fact]
    public void Misplaced_directives_name_the_location() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "query ($v: Boolean @onQuery) @onMutation { dog @onQuery { name } ...F @onQuery }\nfragment F on QueryRoot @onField { dog { name } }",
            new ExpectedError("Directive \"@onQuery\" may not be used on VARIABLE_DEFINITION.", (1, 20)),
            new ExpectedError("Directive \"@onMutation\" may not be used on QUERY.", (1, 30)),
            new ExpectedError("Directive \"@onQuery\" may not be used on FIELD.", (1, 48)),
            new ExpectedError("Directive \"@onQuery\" may not be used on FRAGMENT_SPREAD.", (1, 71)),
            new ExpectedError("Directive \"@onField\" may not be used on FRAGMENT_DEFINITION.", (2, 25)));

    [Fact]
    public void Directives_defined_in_the_document_and_type_system_locations_are_checked() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "directive @local on FIELD\ntype T @onField { f(a: Int @onField): String @local }\ninput I { f: Int @onQuery }",
            new ExpectedError("Directive \"@onField\" may not be used on OBJECT.", (2, 8)),
            new ExpectedError("Directive \"@onField\" may not be used on ARGUMENT_DEFINITION.", (2, 28)),
            new ExpectedError("Directive \"@local\" may not be used on FIELD_DEFINITION.", (2, 46)),
            new ExpectedError("Directive \"@onQuery\" may not be used on INPUT_FIELD_DEFINITION.", (3, 18)));
}
