using Throughline.GraphQL.Language;
using Throughline.GraphQL.Types;
using Throughline.GraphQL.Types.Building;

namespace Throughline.GraphQL;

public sealed partial class GraphQLSchema
{
    /// <summary>
    /// Builds a schema from SDL (graphql-js buildSchema semantics: extensions merged, Query/Mutation/Subscription
    /// found by name when there is no <c>schema { }</c>) and binds <paramref name="resolvers"/>.
    /// Throws <see cref="GraphQLSchemaException"/> listing every problem: syntax, SDL rules, schema validation
    /// and bindings that name nothing in the SDL.
    /// </summary>
    public static GraphQLSchema FromSdl(string sdl, ResolverMap? resolvers = null, SchemaOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        Document document;
        try
        {
            document = Parser.Parse(sdl, options?.ParseOptions);
        }
        catch (GraphQLSyntaxException exception)
        {
            throw new GraphQLSchemaException([exception.Error]);
        }

        return FromDocument(document, resolvers);
    }

    /// <summary>Builds a schema from an already parsed SDL document (see <see cref="FromSdl"/>).</summary>
    public static GraphQLSchema FromDocument(Document document, ResolverMap? resolvers = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return SchemaBuilder.Build(document, resolvers);
    }
}
