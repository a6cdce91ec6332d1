using Throughline.GraphQL.Language;
using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Validation;

/// <summary>
/// What rules see of one validation run: the schema and document, the <see cref="TypeInfo"/> state and the
/// ancestors of the node being visited, cached fragment and variable lookups, and error reporting
/// (graphql-js ValidationContext).
/// </summary>
public sealed partial class ValidationContext
{
    private readonly List<GraphQLError> _errors;
    private readonly ValidationOptions _options;
    private readonly TypeInfo _typeInfo;
    private readonly List<Node> _ancestors;

    internal ValidationContext(
        GraphQLSchema schema,
        Document document,
        TypeInfo typeInfo,
        List<Node> ancestors,
        List<GraphQLError> errors,
        ValidationOptions options)
    {
        Schema = schema;
        Document = document;
        _typeInfo = typeInfo;
        _ancestors = ancestors;
        _errors = errors;
        _options = options;
    }

    public GraphQLSchema Schema { get; }

    public Document Document { get; }

    public bool HideSuggestions => _options.HideSuggestions;

    /// <summary>The nodes from the document down to (excluding) the node being visited.</summary>
    public IReadOnlyList<Node> Ancestors => _ancestors;

    public Node? Parent => _ancestors.Count > 0 ? _ancestors[^1] : null;

    public GraphQLType? Type => _typeInfo.Type;

    public GraphQLNamedType? ParentType => _typeInfo.ParentType;

    public GraphQLType? InputType => _typeInfo.InputType;

    public GraphQLType? ParentInputType => _typeInfo.ParentInputType;

    public GraphQLField? FieldDef => _typeInfo.FieldDef;

    public GraphQLDirective? Directive => _typeInfo.Directive;

    public GraphQLArgument? Argument => _typeInfo.Argument;

    public GraphQLEnumValue? EnumValue => _typeInfo.EnumValue;

    public void ReportError(string message, params Node[] nodes) => ReportError(CreateError(message, nodes));

    public void ReportError(GraphQLError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (_errors.Count >= _options.MaxErrors)
        {
            throw new ValidationAbortedException(
                new GraphQLError("Too many validation errors, error limit reached. Validation aborted."));
        }

        _errors.Add(error);
    }

    /// <summary>An error located at the given nodes (in the order given, as graphql-js reports them).</summary>
    public GraphQLError CreateError(string message, IReadOnlyList<Node> nodes)
    {
        var source = Document.Source;
        var locations = source is null ? [] : nodes.Select(n => source.GetLocation(n.Location.Start)).ToArray();
        return new GraphQLError(message) { Locations = locations, Nodes = nodes };
    }
}
