using GraphQL.Types;
using GraphQLParser.AST;

/// <summary>
/// Builds a GraphQL.NET schema from SDL, schema-first. Abstract types resolve from the root data's "__typename" (as
/// graphql-js's default type resolver does), and every custom scalar passes values through unchanged.
/// </summary>
public static class ReferenceSchema
{
    public static ISchema Build(string sdl)
    {
        var document = GraphQLParser.Parser.Parse(sdl);
        var objectTypes = document.Definitions.OfType<GraphQLObjectTypeDefinition>().Select(d => d.Name.StringValue).ToList();
        var scalars = document.Definitions.OfType<GraphQLScalarTypeDefinition>().Select(d => d.Name.StringValue).ToList();
        var schema = Schema.For(sdl, builder =>
        {
            foreach (var type in objectTypes)
            {
                builder.Types.For(type).IsTypeOfFunc = value =>
                    value is IDictionary<string, object?> map && map.TryGetValue("__typename", out var name) && (string?)name == type;
            }
        });
        foreach (var scalar in scalars)
        {
            schema.RegisterType(new PassThroughScalar(scalar));
        }

        schema.Initialize();
        // Default resolvers read the field's key from a dictionary source, as graphql-js's do from a plain object.
        foreach (var type in schema.AllTypes.OfType<IObjectGraphType>())
        {
            foreach (var field in type.Fields.Where(f => f.Resolver is null || f.Resolver is GraphQL.Resolvers.NameFieldResolver))
            {
                field.Resolver = MapResolver;
            }
        }

        return schema;
    }

    private static readonly GraphQL.Resolvers.FuncFieldResolver<object?> MapResolver = new(context =>
        context.Source is IDictionary<string, object?> map && map.TryGetValue(context.FieldDefinition.Name, out var value) ? value : null);

    private sealed class PassThroughScalar : ScalarGraphType
    {
        public PassThroughScalar(string name) => Name = name;

        public override object? ParseLiteral(GraphQLValue value) => value switch
        {
            GraphQLStringValue s => (string)s.Value,
            GraphQLIntValue i => int.Parse(i.Value.Span, System.Globalization.CultureInfo.InvariantCulture),
            _ => null,
        };

        public override object? ParseValue(object? value) => value;

        public override object? Serialize(object? value) => value;
    }
}
