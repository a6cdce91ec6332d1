namespace Throughline.GraphQL.Tests.Execution;

public sealed class IntrospectionExecutionTests
{
    private static readonly GraphQLSchema Schema = GraphQLSchema.FromSdl(
        "type Query { a(x: Int = 1): String @deprecated(reason: \"old\") b: Int }");

    [Fact]
    public async Task Type_and_schema_meta_fields_answer_from_the_schema()
    {
        (await Schema.RunAsync(
            "{ __schema { queryType { name } mutationType { name } } __type(name: \"Query\") { kind fields(includeDeprecated: true) { name isDeprecated args { name defaultValue } } } }"))
            .Should().Be(
                """{"data":{"__schema":{"queryType":{"name":"Query"},"mutationType":null},"__type":{"kind":"OBJECT","fields":[{"name":"a","isDeprecated":true,"args":[{"name":"x","defaultValue":"1"}]},{"name":"b","isDeprecated":false,"args":[]}]}}}""");
    }

    [Fact]
    public async Task An_unknown_type_name_gives_null()
    {
        (await Schema.RunAsync("{ __type(name: \"Nope\") { name } }")).Should().Be("""{"data":{"__type":null}}""");
    }
}
