using Throughline.GraphQL.Validation.Rules;

namespace Throughline.GraphQL.Tests.Validation;

public sealed class SingleFieldSubscriptionsRuleTests
{
    private static readonly SingleFieldSubscriptionsRule Rule = new();

    [Fact]
    public void One_root_field_is_valid_even_through_fragments() =>
        ValidationHarness.ExpectValid(
            Rule, "subscription S { ...F ... on SubscriptionRoot { tick } } fragment F on SubscriptionRoot { tick }");

    [Fact]
    public void Extra_root_fields_are_reported_at_every_extra_selection() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "subscription S { tick catMeowed { name } other: tick }",
            new ExpectedError("Subscription \"S\" must select only one top level field.", (1, 23), (1, 42)));

    [Fact]
    public void Anonymous_subscriptions_are_named_so_in_messages() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "subscription { tick __typename }",
            new ExpectedError("Anonymous Subscription must select only one top level field.", (1, 21)),
            new ExpectedError("Anonymous Subscription must not select an introspection top level field.", (1, 21)));

    [Fact]
    public void Fields_skipped_by_a_literal_condition_do_not_count() =>
        ValidationHarness.ExpectValid(Rule, "subscription S { tick catMeowed @skip(if: true) { name } dogBarked @include(if: false) { name } }");

    [Fact]
    public void Introspection_root_fields_are_reported() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "subscription S { __typename }",
            new ExpectedError("Subscription \"S\" must not select an introspection top level field.", (1, 18)));
}
