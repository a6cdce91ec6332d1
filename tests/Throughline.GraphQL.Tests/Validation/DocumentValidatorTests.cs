using Throughline.GraphQL.Language;
using Throughline.GraphQL.Validation;

namespace Throughline.GraphQL.Tests.Validation;

public sealed class DocumentValidatorTests
{
    private static List<string> Messages(IEnumerable<GraphQLError> errors) => errors.Select(e => e.Message).ToList();

    [Fact]
    public void A_valid_document_has_no_errors() =>
        ValidationHarness.Schema.Validate("query Q($id: ID) { human(id: $id) { name pets { ... on Dog { barks } } } }").Should().BeEmpty();

    [Fact]
    public void Errors_of_all_rules_interleave_in_walk_order_with_operation_checks_on_leaving_it()
    {
        var errors = ValidationHarness.Schema.Validate("query Q($unused: Int) { dog { nam ...Missing } cat @unknown { name } }");

        Messages(errors).Should().Equal(
            "Cannot query field \"nam\" on type \"Dog\". Did you mean \"name\"?",
            "Unknown fragment \"Missing\".",
            "Unknown directive \"@unknown\".",
            "Variable \"$unused\" is never used in operation \"Q\".");
    }

    [Fact]
    public void Rules_at_the_same_node_report_in_specified_order()
    {
        var errors = ValidationHarness.Schema.Validate("{ dog { name(surname: true, surname: 1) } }");

        Messages(errors).Should().Equal(
            "There can be only one argument named \"surname\".",
            "Boolean cannot represent a non boolean value: 1");
    }

    [Fact]
    public void A_syntax_error_is_the_only_error_of_the_text_overload()
    {
        var errors = ValidationHarness.Schema.Validate("{ dog { name }");

        errors.Should().ContainSingle();
        errors[0].Message.Should().Be("Syntax Error: Expected Name, found <EOF>.");
        errors[0].Locations.Should().Equal(new SourceLocation(1, 15));
    }

    [Fact]
    public void Validation_stops_after_the_error_limit()
    {
        var fields = string.Join(' ', Enumerable.Range(1, 5).Select(i => $"f{i}"));
        var errors = DocumentValidator.Validate(
            ValidationHarness.Schema, Parser.Parse($"{{ dog {{ {fields} }} }}"), options: new ValidationOptions { MaxErrors = 3 });

        Messages(errors).Should().Equal(
            "Cannot query field \"f1\" on type \"Dog\".",
            "Cannot query field \"f2\" on type \"Dog\".",
            "Cannot query field \"f3\" on type \"Dog\".",
            "Too many validation errors, error limit reached. Validation aborted.");
    }

    [Fact]
    public void Hidden_suggestions_leave_out_did_you_mean() =>
        Messages(DocumentValidator.Validate(
                ValidationHarness.Schema, Parser.Parse("{ dog { nam } }"), options: new ValidationOptions { HideSuggestions = true }))
            .Should().Equal("Cannot query field \"nam\" on type \"Dog\".");

    [Fact]
    public void Extra_rules_run_alongside_the_specified_ones()
    {
        var rules = SpecifiedRules.All.Append(new MaxDepthRule(1));
        var errors = DocumentValidator.Validate(ValidationHarness.Schema, Parser.Parse("{ dog { nam } }"), rules);

        // The limit rules measure a whole operation when the walk enters it, so their errors come first.
        Messages(errors).Should().Equal(
            "The anonymous operation has a depth of 2, more than the maximum depth of 1.",
            "Cannot query field \"nam\" on type \"Dog\". Did you mean \"name\"?");
    }

    [Fact]
    public void A_visitor_skipping_a_subtree_misses_it_while_other_rules_still_see_it()
    {
        var skipper = new FieldCountingRule(skipFragments: true);
        var counter = new FieldCountingRule(skipFragments: false);

        DocumentValidator.Validate(
            ValidationHarness.Schema,
            Parser.Parse("{ dog { ...F name } } fragment F on Dog { nickname barks }"),
            [skipper, counter]);

        skipper.Fields.Should().Equal("dog", "name");
        counter.Fields.Should().Equal("dog", "name", "nickname", "barks");
    }

    // A custom rule as users write them: it records the fields it is shown.
    private sealed class FieldCountingRule(bool skipFragments) : IValidationRule
    {
        public List<string> Fields { get; } = [];

        public bool SkipFragments { get; } = skipFragments;

        public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(this);

        private sealed class Visitor(FieldCountingRule rule) : ValidationVisitor
        {
            public override IReadOnlyList<NodeKind> EnterKinds => [NodeKind.Field, NodeKind.FragmentDefinition];

            public override IReadOnlyList<NodeKind> LeaveKinds => [];

            public override VisitAction Enter(Node node)
            {
                if (node is Field field)
                {
                    rule.Fields.Add(field.Name.Value);
                }

                return node is FragmentDefinition && rule.SkipFragments ? VisitAction.SkipChildren : VisitAction.Continue;
            }
        }
    }
}
