using Throughline.GraphQL.Introspection;
using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Types.Building;

/// <summary>
/// graphql-js's specifiedSDLRules (what buildASTSchema asserts before building): unique names, known types,
/// known directives in allowed locations, possible extensions, directive arguments. The document is walked
/// once in document order, running the rules at each node in graphql-js's rule order, so errors come out in
/// the same order as graphql-js reports them.
/// </summary>
internal sealed partial class SdlValidator
{
    private static readonly string[] StandardTypeNames =
        [.. SpecifiedScalars.All.Select(t => t.Name), .. IntrospectionTypes.All.Select(t => t.Name)];

    private readonly Document _document;
    private readonly SchemaErrors _errors;
    private readonly Dictionary<string, TypeDefinition> _definedTypes = new(StringComparer.Ordinal);
    private readonly List<string> _definedTypeNames = [];
    private readonly Dictionary<string, (IReadOnlyList<string> Locations, bool Repeatable, IReadOnlyList<InputValueDefinition>? Args, GraphQLDirective? Specified)> _directives =
        new(StringComparer.Ordinal);

    // State carried between nodes, as graphql-js's stateful rules keep it.
    private readonly Dictionary<string, Name> _knownTypeNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Name> _knownDirectiveNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, Name>> _knownFieldNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, Name>> _knownEnumValues = new(StringComparer.Ordinal);
    private readonly Dictionary<OperationType, Node> _definedOperationTypes = [];
    private readonly Dictionary<string, Dictionary<string, Directive>> _typeDirectives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Directive> _schemaDirectives = new(StringComparer.Ordinal);
    private int _schemaDefinitions;

    public SdlValidator(Document document, SchemaErrors errors)
    {
        _document = document;
        _errors = errors;
        foreach (var directive in SpecifiedDirectives.All)
        {
            _directives[directive.Name] = (
                directive.Locations.Select(l => l.ToSpecName()).ToList(), directive.IsRepeatable, null, directive);
        }

        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case TypeDefinition type when !SchemaBuilder.IsExtension(type):
                    if (_definedTypes.TryAdd(type.Name.Value, type))
                    {
                        _definedTypeNames.Add(type.Name.Value);
                    }

                    break;
                case DirectiveDefinition directive:
                    _directives[directive.Name.Value] = (
                        directive.Locations.Select(l => l.Value).ToList(), directive.Repeatable, directive.Arguments, null);
                    break;
            }
        }
    }

    public void Validate()
    {
        foreach (var definition in _document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinition schema:
                    if (_schemaDefinitions++ > 0)
                    {
                        _errors.Add("Must provide only one schema definition.", schema);
                    }

                    CheckOperationTypes(schema.OperationTypes);
                    CheckUniquePerLocation(schema.Directives, _schemaDirectives);
                    VisitDirectives(schema.Directives, "SCHEMA");
                    VisitOperationTypes(schema.OperationTypes);
                    break;
                case SchemaExtension extension:
                    CheckOperationTypes(extension.OperationTypes);
                    CheckUniquePerLocation(extension.Directives, _schemaDirectives);
                    VisitDirectives(extension.Directives, "SCHEMA");
                    VisitOperationTypes(extension.OperationTypes);
                    break;
                case TypeDefinition type:
                    VisitType(type);
                    break;
                case DirectiveDefinition directive:
                    VisitDirectiveDefinition(directive);
                    break;
                case ExecutableDefinition executable:
                    _errors.Add(
                        "A schema document must contain only type system definitions, but it contains an executable definition.",
                        executable);
                    break;
            }
        }
    }

    private void CheckOperationTypes(IReadOnlyList<OperationTypeDefinition> operationTypes)
    {
        foreach (var operationType in operationTypes)
        {
            if (!_definedOperationTypes.TryAdd(operationType.Operation, operationType))
            {
                _errors.Add(
                    $"There can be only one {operationType.Operation.ToString().ToLowerInvariant()} type in schema.",
                    _definedOperationTypes[operationType.Operation],
                    operationType);
            }
        }
    }

    private void VisitOperationTypes(IReadOnlyList<OperationTypeDefinition> operationTypes)
    {
        foreach (var operationType in operationTypes)
        {
            CheckNamedType(operationType.Type, isSdl: true);
        }
    }

    private void VisitDirectiveDefinition(DirectiveDefinition directive)
    {
        CheckArgumentDefinitions($"@{directive.Name.Value}", directive.Arguments);
        if (!_knownDirectiveNames.TryAdd(directive.Name.Value, directive.Name))
        {
            _errors.Add(
                $"There can be only one directive named \"@{directive.Name.Value}\".",
                _knownDirectiveNames[directive.Name.Value],
                directive.Name);
        }

        foreach (var argument in directive.Arguments)
        {
            VisitInputValue(argument, "ARGUMENT_DEFINITION");
        }
    }

    private void CheckArgumentDefinitions(string parentName, IReadOnlyList<InputValueDefinition> arguments)
    {
        foreach (var group in arguments.GroupBy(a => a.Name.Value).Where(g => g.Count() > 1))
        {
            _errors.Add(
                $"Argument \"{parentName}({group.Key}:)\" can only be defined once.",
                [.. group.Select(a => (Node)a.Name)]);
        }
    }

    private void CheckNamedType(TypeNode type, bool isSdl)
    {
        switch (type)
        {
            case ListType list:
                CheckNamedType(list.Type, isSdl);
                return;
            case NonNullType nonNull:
                CheckNamedType(nonNull.Type, isSdl);
                return;
            case NamedType named:
                var name = named.Name.Value;
                if (_definedTypes.ContainsKey(name) || (isSdl && StandardTypeNames.Contains(name)))
                {
                    return;
                }

                var suggestions = Suggestions.List(name, StandardTypeNames.Concat(_definedTypeNames));
                _errors.Add($"Unknown type \"{name}\"." + Suggestions.DidYouMean(suggestions), named);
                return;
        }
    }
}
