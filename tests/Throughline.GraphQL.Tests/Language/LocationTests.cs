using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Tests.Language;

public sealed class LocationTests
{
    private const string Source = "query Q($v: [Int!]) { alias: f(a: {b: $v}) @d ...F }";

    private static string Text(Node node) => Source[node.Location.Start..node.Location.End];

    [Fact]
    public void Every_node_spans_from_its_first_to_its_last_token()
    {
        var document = Parser.Parse(Source);
        var operation = (OperationDefinition)document.Definitions[0];
        var field = (Field)operation.SelectionSet.Selections[0];

        Text(document).Should().Be(Source);
        Text(operation).Should().Be(Source);
        Text(operation.Name!).Should().Be("Q");
        Text(operation.VariableDefinitions[0]).Should().Be("$v: [Int!]");
        Text(operation.VariableDefinitions[0].Type).Should().Be("[Int!]");
        Text(((ListType)operation.VariableDefinitions[0].Type).Type).Should().Be("Int!");
        Text(operation.SelectionSet).Should().Be("{ alias: f(a: {b: $v}) @d ...F }");
        Text(field).Should().Be("alias: f(a: {b: $v}) @d");
        Text(field.Arguments[0]).Should().Be("a: {b: $v}");
        Text(field.Arguments[0].Value).Should().Be("{b: $v}");
        Text(((ObjectValue)field.Arguments[0].Value).Fields[0].Value).Should().Be("$v");
        Text(field.Directives[0]).Should().Be("@d");
        Text(operation.SelectionSet.Selections[1]).Should().Be("...F");
    }

    [Fact]
    public void Definitions_with_descriptions_start_at_the_description()
    {
        const string sdl = "\n  \"\"\"doc\"\"\"\n  type T { f: Int }";
        var type = Parser.Parse(sdl).Definitions[0];

        sdl[type.Location.Start..type.Location.End].Should().Be("\"\"\"doc\"\"\"\n  type T { f: Int }");
    }

    [Fact]
    public void The_document_spans_the_whole_source_including_trailing_ignored_text()
    {
        const string text = "  { a }  # trailing\n";

        Parser.Parse(text).Location.Should().Be(new Location(0, text.Length));
    }

    [Fact]
    public void Source_locations_are_one_based_lines_and_columns()
    {
        var source = new Source("a\nbc\r\nd\re");

        source.GetLocation(0).Should().Be(new SourceLocation(1, 1));
        source.GetLocation(3).Should().Be(new SourceLocation(2, 2));
        source.GetLocation(6).Should().Be(new SourceLocation(3, 1));
        source.GetLocation(8).Should().Be(new SourceLocation(4, 1));
    }
}
