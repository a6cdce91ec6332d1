using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Tests.Types;

// Behaviour of graphql-js suggestionList / didYouMean / naturalCompare.
public sealed class SuggestionsTests
{
    [Fact]
    public void Close_options_are_suggested_best_first()
    {
        Suggestions.List("Strng", ["String", "Int", "Sting", "Boolean"]).Should().Equal("Sting", "String");
        Suggestions.List("id", ["ID", "idx", "name"]).Should().Equal("ID", "idx");
        Suggestions.List("xyz", ["String"]).Should().BeEmpty();
    }

    [Fact]
    public void Did_you_mean_lists_at_most_five_with_an_oxford_or()
    {
        Suggestions.DidYouMean([]).Should().BeEmpty();
        Suggestions.DidYouMean(["a"]).Should().Be(" Did you mean \"a\"?");
        Suggestions.DidYouMean(["a", "b"], "the enum value").Should().Be(" Did you mean the enum value \"a\" or \"b\"?");
        Suggestions.DidYouMean(["a", "b", "c", "d", "e", "f"]).Should().Be(" Did you mean \"a\", \"b\", \"c\", \"d\", or \"e\"?");
    }

    [Fact]
    public void Natural_compare_orders_digit_runs_numerically()
    {
        new List<string> { "a10", "a2", "a1", "b" }.Order(Comparer<string>.Create(Suggestions.NaturalCompare))
            .Should().Equal("a1", "a2", "a10", "b");
    }
}
