using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Validation;

/// <summary>
/// Validates executable documents against a schema (spec section 5), reporting errors exactly as graphql-js 16
/// does: same messages, locations and order.
/// </summary>
public static class DocumentValidator
{
    /// <summary>
    /// Runs <paramref name="rules"/> (default <see cref="SpecifiedRules.All"/>) over the document in one walk.
    /// An empty list means the document is valid.
    /// </summary>
    public static IReadOnlyList<GraphQLError> Validate(
        GraphQLSchema schema,
        Document document,
        IEnumerable<IValidationRule>? rules = null,
        ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        var errors = new List<GraphQLError>();
        var typeInfo = new TypeInfo(schema);
        var ancestors = new List<Node>();
        var context = new ValidationContext(schema, document, typeInfo, ancestors, errors, options ?? ValidationOptions.Default);
        try
        {
            var visitors = (rules ?? SpecifiedRules.All).Select(rule => rule.CreateVisitor(context)).ToArray();
            new DocumentWalker(visitors, typeInfo, ancestors).Walk(document);
        }
        catch (ValidationAbortedException aborted)
        {
            errors.Add(aborted.Error);
        }

        return errors;
    }
}
