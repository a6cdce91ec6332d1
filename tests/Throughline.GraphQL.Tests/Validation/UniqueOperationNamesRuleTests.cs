using Throughline.GraphQL.Validation.Rules;

namespace Throughline.GraphQL.Tests.Validation;

public sealed class UniqueOperationNamesRuleTests
{
    private static readonly UniqueOperationNamesRule Rule = new();

    [Fact]
    public void Differently_named_operations_are_valid() =>
        ValidationHarness.ExpectValid(Rule, "query Foo { dog { name } } query Bar { dog { name } } { cat { name } }");

    [Fact]
    public void A_fragment_may_share_an_operation_name() =>
        ValidationHarness.ExpectValid(Rule, "query Foo { dog { ...Foo } } fragment Foo on Dog { name }");

    [Fact]
    public void Duplicate_names_point_at_both_names() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "query Foo { dog { name } }\nmutation Foo { renameDog(id: 1, name: \"x\") { name } }",
            new ExpectedError("There can be only one operation named \"Foo\".", (1, 7), (2, 10)));

    [Fact]
    public void Every_repetition_is_reported_against_the_first() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "query A { a }\nquery A { b }\nsubscription A { c }",
            new ExpectedError("There can be only one operation named \"A\".", (1, 7), (2, 7)),
            new ExpectedError("There can be only one operation named \"A\".", (1, 7), (3, 14)));
}
