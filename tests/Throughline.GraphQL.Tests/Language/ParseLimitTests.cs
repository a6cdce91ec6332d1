using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Tests.Language;

public sealed class ParseLimitTests
{
    [Fact]
    public void Selection_sets_nested_beyond_the_limit_are_rejected_at_the_brace_that_exceeds_it()
    {
        var act = () => Parser.Parse("{ a { b { c } } }", new ParseOptions { MaxDepth = 2 });

        var error = act.Should().Throw<GraphQLSyntaxException>().Which.Error;
        error.Message.Should().Be("Syntax Error: Document is nested deeper than 2 levels. Parsing aborted.");
        error.Locations.Should().Equal(new SourceLocation(1, 9));
    }

    [Fact]
    public void Selection_sets_nested_up_to_the_limit_are_accepted()
    {
        var act = () => Parser.Parse("{ a { b { c } } }", new ParseOptions { MaxDepth = 3 });

        act.Should().NotThrow();
    }

    [Fact]
    public void Nested_list_and_object_values_count_towards_the_depth()
    {
        var options = new ParseOptions { MaxDepth = 3 };

        FluentActions.Invoking(() => Parser.Parse("{ f(a: [{b: [1]}]) }", options)).Should().Throw<GraphQLSyntaxException>();
        FluentActions.Invoking(() => Parser.Parse("{ f(a: [{b: 1}]) }", options)).Should().NotThrow();
    }

    [Fact]
    public void Nested_list_types_count_towards_the_depth()
    {
        var options = new ParseOptions { MaxDepth = 2 };

        FluentActions.Invoking(() => Parser.ParseType("[[[Int]]]", options)).Should().Throw<GraphQLSyntaxException>()
            .Which.Error.Locations.Should().Equal(new SourceLocation(1, 3));
        FluentActions.Invoking(() => Parser.ParseType("[[Int]]", options)).Should().NotThrow();
    }

    [Fact]
    public void A_hostile_nesting_fails_cleanly_with_the_default_limit()
    {
        var source = new string('[', 100_000);

        var act = () => Parser.ParseValue(source);

        act.Should().Throw<GraphQLSyntaxException>().WithMessage("*nested deeper than 128 levels*");
    }

    [Fact]
    public void A_depth_limit_too_large_for_the_stack_still_fails_cleanly()
    {
        var source = new string('[', 1_000_000);

        var act = () => Parser.ParseValue(source, new ParseOptions { MaxDepth = int.MaxValue });

        act.Should().Throw<GraphQLSyntaxException>().WithMessage("*nested too deeply to parse*");
    }

    [Fact]
    public void Too_many_tokens_fail_with_graphql_js_wording_at_the_first_token_over_the_limit()
    {
        var act = () => Parser.Parse("{ a b c }", new ParseOptions { MaxTokens = 4 });

        var error = act.Should().Throw<GraphQLSyntaxException>().Which.Error;
        error.Message.Should().Be("Syntax Error: Document contains more that 4 tokens. Parsing aborted.");
        error.Locations.Should().Equal(new SourceLocation(1, 9));
    }

    [Fact]
    public void Comments_do_not_count_as_tokens()
    {
        var act = () => Parser.Parse("# one\n{ a } # two", new ParseOptions { MaxTokens = 3 });

        act.Should().NotThrow();
    }
}
