using Throughline.GraphQL.Introspection;
using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Types.Building;

/// <summary>
/// Builds a <see cref="GraphQLSchema"/> from an SDL document like graphql-js buildASTSchema, then validates it
/// like validateSchema and binds resolvers. Problems of all three stages are collected and thrown together.
/// </summary>
internal sealed partial class SchemaBuilder
{
    private readonly Document _document;
    private readonly SchemaErrors _errors;
    private readonly OrderedDictionary<string, GraphQLNamedType> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TypeDefinition>> _extensions = new(StringComparer.Ordinal);

    // Stand-ins for references to undefined types: reported once by the SDL rules, then treated as
    // compatible everywhere so that schema validation does not repeat the same mistake in other words.
    private readonly Dictionary<string, GraphQLScalarType> _unknownTypes = new(StringComparer.Ordinal);

    private SchemaBuilder(Document document)
    {
        _document = document;
        _errors = new SchemaErrors(document.Source);
    }

    public static GraphQLSchema Build(Document document, ResolverMap? resolvers)
    {
        var builder = new SchemaBuilder(document);
        new SdlValidator(document, builder._errors).Validate();
        var schema = builder.BuildSchema();
        new SchemaValidator(schema, builder._errors, builder).Validate();
        if (resolvers is not null)
        {
            new ResolverBinder(schema, builder._errors).Bind(resolvers);
        }

        if (builder._errors.Count > 0)
        {
            throw new GraphQLSchemaException(builder._errors.All);
        }

        return schema;
    }

    /// <summary>True for a stand-in created for a reference to an undefined type.</summary>
    public bool IsUnknown(GraphQLNamedType type) =>
        type is GraphQLScalarType && _unknownTypes.TryGetValue(type.Name, out var unknown) && ReferenceEquals(unknown, type);

    private GraphQLSchema BuildSchema()
    {
        var definitions = new List<TypeDefinition>();
        foreach (var definition in _document.Definitions.OfType<TypeDefinition>())
        {
            var name = definition.Name.Value;
            if (IsExtension(definition))
            {
                if (!_extensions.TryGetValue(name, out var list))
                {
                    list = [];
                    _extensions[name] = list;
                }

                list.Add(definition);
            }
            else if (!_types.ContainsKey(name))
            {
                _types[name] = StandardType(name) ?? CreateShell(definition);
                definitions.Add(definition);
            }
        }

        var directives = _document.Definitions.OfType<DirectiveDefinition>()
            .DistinctBy(d => d.Name.Value)
            .Select(BuildDirective)
            .ToList();
        directives.AddRange(SpecifiedDirectives.All.Where(s => directives.All(d => d.Name != s.Name)));

        foreach (var definition in definitions)
        {
            if (StandardType(definition.Name.Value) is null)
            {
                Populate(_types[definition.Name.Value], definition);
            }
        }

        var (query, mutation, subscription, schemaNode, schemaExtensions) = RootTypes();
        return new GraphQLSchema(query, mutation, subscription, _types.Values, directives, DescriptionOf(schemaNode?.Description))
        {
            AstNode = schemaNode,
            ExtensionAstNodes = schemaExtensions,
        };
    }

    private static GraphQLNamedType? StandardType(string name) =>
        SpecifiedScalars.Get(name) ?? IntrospectionTypes.All.FirstOrDefault(t => t.Name == name);

    private GraphQLType ResolveType(TypeNode node) => node switch
    {
        NonNullType nonNull => new GraphQLNonNull(ResolveType(nonNull.Type)),
        ListType list => new GraphQLList(ResolveType(list.Type)),
        NamedType named => ResolveNamed(named.Name.Value),
        _ => throw new ArgumentException($"Unexpected type node {node.GetType().Name}.", nameof(node)),
    };

    private GraphQLNamedType ResolveNamed(string name)
    {
        if (StandardType(name) is { } standard)
        {
            return standard;
        }

        if (_types.TryGetValue(name, out var type))
        {
            return type;
        }

        if (!_unknownTypes.TryGetValue(name, out var unknown))
        {
            unknown = new GraphQLScalarType(name);
            _unknownTypes[name] = unknown;
        }

        return unknown;
    }

    private (GraphQLObjectType? Query, GraphQLObjectType? Mutation, GraphQLObjectType? Subscription, SchemaDefinition? Node, IReadOnlyList<SchemaExtension> Extensions) RootTypes()
    {
        var schemaNode = _document.Definitions.OfType<SchemaDefinition>().FirstOrDefault();
        var extensions = _document.Definitions.OfType<SchemaExtension>().ToList();
        var roots = new Dictionary<OperationType, GraphQLNamedType>();
        var operationTypes = (schemaNode?.OperationTypes ?? []).Concat(extensions.SelectMany(e => e.OperationTypes));
        foreach (var operationType in operationTypes)
        {
            roots[operationType.Operation] = ResolveNamed(operationType.Type.Name.Value);
        }

        if (schemaNode is null)
        {
            foreach (var (operation, name) in new[] { (OperationType.Query, "Query"), (OperationType.Mutation, "Mutation"), (OperationType.Subscription, "Subscription") })
            {
                if (_types.TryGetValue(name, out var type))
                {
                    roots[operation] = type;
                }
            }
        }

        RootTypeCandidates = roots;
        return (
            roots.GetValueOrDefault(OperationType.Query) as GraphQLObjectType,
            roots.GetValueOrDefault(OperationType.Mutation) as GraphQLObjectType,
            roots.GetValueOrDefault(OperationType.Subscription) as GraphQLObjectType,
            schemaNode,
            extensions);
    }

    /// <summary>Root types as declared, before checking they are object types (validation reports that).</summary>
    public IReadOnlyDictionary<OperationType, GraphQLNamedType> RootTypeCandidates { get; private set; } =
        new Dictionary<OperationType, GraphQLNamedType>();
}
