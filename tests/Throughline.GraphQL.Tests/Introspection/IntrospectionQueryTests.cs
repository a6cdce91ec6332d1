using Throughline.GraphQL.Execution;

namespace Throughline.GraphQL.Tests.Introspection;

// Introspection answered by the real executor resolving the introspection fields. Expected JSON follows the
// spec and graphql-js 16's introspection types; tests/conformance/introspection.test.mjs compares the full
// introspection query with graphql-js at test time.
public sealed class IntrospectionQueryTests
{
    private const string Sdl = """
        "Root"
        type Query {
          person(id: ID!): Person
          search(first: Int = 10, order: [Order] = ASC, old: Boolean @deprecated(reason: "gone")): [Result]
        }
        interface Entity { id: ID! }
        type Person implements Entity { id: ID! name: String @deprecated }
        union Result = Person
        enum Order { ASC DESC @deprecated(reason: "Use ASC") }
        input Filter @oneOf { a: Int b: String @deprecated }
        scalar Date @specifiedBy(url: "https://example.com/date")
        directive @tag(name: String! = "x") repeatable on FIELD_DEFINITION
        """;

    private static readonly GraphQLSchema Schema = GraphQLSchema.FromSdl(Sdl);

    [Fact]
    public async Task Type_lookup_describes_kind_fields_and_interfaces()
    {
        var json = await Run("""{ __type(name: "Person") { kind name fields { name type { kind ofType { name } } } interfaces { name } possibleTypes { name } } }""");

        json.Should().Be(J("{'data':{'__type':{'kind':'OBJECT','name':'Person','fields':[{'name':'id','type':{'kind':'NON_NULL','ofType':{'name':'ID'}}}],'interfaces':[{'name':'Entity'}],'possibleTypes':null}}}"));
    }

    [Fact]
    public async Task Deprecated_fields_values_and_arguments_appear_only_when_asked_for()
    {
        var json = await Run("""
            {
              person: __type(name: "Person") { fields { name } all: fields(includeDeprecated: true) { name isDeprecated deprecationReason } }
              order: __type(name: "Order") { enumValues { name } all: enumValues(includeDeprecated: true) { name deprecationReason } }
              query: __type(name: "Query") { fields { name args { name } all: args(includeDeprecated: true) { name isDeprecated } } }
              filter: __type(name: "Filter") { isOneOf inputFields { name } all: inputFields(includeDeprecated: true) { name } }
            }
            """);

        json.Should().Be(
            J("{'data':{'person':{'fields':[{'name':'id'}],'all':[{'name':'id','isDeprecated':false,'deprecationReason':null},{'name':'name','isDeprecated':true,'deprecationReason':'No longer supported'}]},")
            + J("'order':{'enumValues':[{'name':'ASC'}],'all':[{'name':'ASC','deprecationReason':null},{'name':'DESC','deprecationReason':'Use ASC'}]},")
            + J("'query':{'fields':[{'name':'person','args':[{'name':'id'}],'all':[{'name':'id','isDeprecated':false}]},{'name':'search','args':[{'name':'first'},{'name':'order'}],'all':[{'name':'first','isDeprecated':false},{'name':'order','isDeprecated':false},{'name':'old','isDeprecated':true}]}]},")
            + J("'filter':{'isOneOf':true,'inputFields':[{'name':'a'}],'all':[{'name':'a'},{'name':'b'}]}}}"));
    }

    [Fact]
    public async Task Default_values_are_printed_after_coercion_like_graphql_js()
    {
        var json = await Run("""{ __type(name: "Query") { fields { args { name defaultValue } } } }""");

        // A single enum where a list is expected coerces to a one-item list.
        json.Should().Be(J("{'data':{'__type':{'fields':[{'args':[{'name':'id','defaultValue':null}]},{'args':[{'name':'first','defaultValue':'10'},{'name':'order','defaultValue':'[ASC]'}]}]}}}"));
    }

    [Fact]
    public async Task Schema_lists_roots_directives_and_scalar_urls()
    {
        var json = await Run("""
            {
              __schema { description queryType { name } mutationType { name } directives { name isRepeatable locations args { name defaultValue } } }
              date: __type(name: "Date") { specifiedByURL }
            }
            """);

        json.Should().Be(
            J("{'data':{'__schema':{'description':null,'queryType':{'name':'Query'},'mutationType':null,'directives':[")
            + J("{'name':'tag','isRepeatable':true,'locations':['FIELD_DEFINITION'],'args':[{'name':'name','defaultValue':'\\'x\\''}]},")
            + J("{'name':'include','isRepeatable':false,'locations':['FIELD','FRAGMENT_SPREAD','INLINE_FRAGMENT'],'args':[{'name':'if','defaultValue':null}]},")
            + J("{'name':'skip','isRepeatable':false,'locations':['FIELD','FRAGMENT_SPREAD','INLINE_FRAGMENT'],'args':[{'name':'if','defaultValue':null}]},")
            + J("{'name':'deprecated','isRepeatable':false,'locations':['FIELD_DEFINITION','ARGUMENT_DEFINITION','INPUT_FIELD_DEFINITION','ENUM_VALUE','DIRECTIVE_DEFINITION'],'args':[{'name':'reason','defaultValue':'\\'No longer supported\\''}]},")
            + J("{'name':'specifiedBy','isRepeatable':false,'locations':['SCALAR'],'args':[{'name':'url','defaultValue':null}]},")
            + J("{'name':'oneOf','isRepeatable':false,'locations':['INPUT_OBJECT'],'args':[]}]},")
            + J("'date':{'specifiedByURL':'https://example.com/date'}}}"));
    }

    [Fact]
    public async Task Typename_names_the_runtime_type_and_unknown_types_are_null()
    {
        var json = await Run("""{ __typename missing: __type(name: "Nope") { name } list: __type(name: "Query") { fields { type { kind ofType { kind ofType { name } } } } } }""");

        json.Should().Be(J("{'data':{'__typename':'Query','missing':null,'list':{'fields':[{'type':{'kind':'OBJECT','ofType':null}},{'type':{'kind':'LIST','ofType':{'kind':'UNION','ofType':null}}}]}}}"));
    }

    [Fact]
    public async Task Introspection_types_describe_themselves_with_graphql_js_descriptions()
    {
        var json = await Run("""{ __type(name: "__TypeKind") { description enumValues { name } } }""");

        json.Should().Be(J("{'data':{'__type':{'description':'An enum describing what kind of type a given `__Type` is.','enumValues':[{'name':'SCALAR'},{'name':'OBJECT'},{'name':'INTERFACE'},{'name':'UNION'},{'name':'ENUM'},{'name':'INPUT_OBJECT'},{'name':'LIST'},{'name':'NON_NULL'}]}}}"));
    }

    private static string J(string singleQuoted) => singleQuoted.Replace('\'', '"');

    private static async Task<string> Run(string query) =>
        (await Schema.ExecuteAsync(new ExecutionRequest(query))).ToJson();
}
