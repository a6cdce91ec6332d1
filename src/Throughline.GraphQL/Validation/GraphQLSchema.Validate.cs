using Throughline.GraphQL.Language;
using Throughline.GraphQL.Validation;

namespace Throughline.GraphQL;

public sealed partial class GraphQLSchema
{
    /// <summary>Validates a parsed document with <see cref="SpecifiedRules.All"/>.</summary>
    public IReadOnlyList<GraphQLError> Validate(Document document) => DocumentValidator.Validate(this, document);

    /// <summary>
    /// Parses and validates <paramref name="document"/>. A syntax error is returned as the only error, exactly as
    /// graphql-js's parse would throw it.
    /// </summary>
    public IReadOnlyList<GraphQLError> Validate(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Document parsed;
        try
        {
            parsed = Parser.Parse(document);
        }
        catch (GraphQLSyntaxException syntaxError)
        {
            return [syntaxError.Error];
        }

        return Validate(parsed);
    }
}
