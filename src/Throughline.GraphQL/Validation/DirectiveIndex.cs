using System.Runtime.CompilerServices;
using Throughline.GraphQL.Language;
using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Validation;

/// <summary>
/// What the directive rules need to know of each directive — locations, repeatability, argument names and
/// required arguments — for the schema's directives plus those the document defines (which win, as in
/// graphql-js). The schema's part is built once per schema; documents defining no directive share it.
/// </summary>
internal sealed class DirectiveIndex
{
    private static readonly ConditionalWeakTable<GraphQLSchema, DirectiveIndex> BySchema = [];

    private DirectiveIndex(
        Dictionary<string, string[]> locations,
        Dictionary<string, bool> unique,
        Dictionary<string, string[]> argumentNames,
        Dictionary<string, (string Name, string Type)[]> requiredArguments)
    {
        Locations = locations;
        Unique = unique;
        ArgumentNames = argumentNames;
        RequiredArguments = requiredArguments;
    }

    /// <summary>Directive name → the names of the locations it may appear in.</summary>
    public Dictionary<string, string[]> Locations { get; }

    /// <summary>Directive name → whether it may appear only once per location (not repeatable).</summary>
    public Dictionary<string, bool> Unique { get; }

    public Dictionary<string, string[]> ArgumentNames { get; }

    /// <summary>Directive name → its non-null arguments without default, with their types printed.</summary>
    public Dictionary<string, (string Name, string Type)[]> RequiredArguments { get; }

    public static DirectiveIndex For(GraphQLSchema schema, Document document)
    {
        var index = BySchema.GetValue(schema, FromSchema);
        var defined = document.Definitions.OfType<DirectiveDefinition>().ToList();
        return defined.Count == 0 ? index : index.With(defined);
    }

    private static DirectiveIndex FromSchema(GraphQLSchema schema)
    {
        var index = new DirectiveIndex(new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal));
        foreach (var directive in schema.Directives)
        {
            index.Locations[directive.Name] = [.. directive.Locations.Select(l => l.ToSpecName())];
            index.Unique[directive.Name] = !directive.IsRepeatable;
            index.ArgumentNames[directive.Name] = [.. directive.Arguments.Select(a => a.Name)];
            index.RequiredArguments[directive.Name] =
                [.. directive.Arguments.Where(a => a.IsRequired).Select(a => (a.Name, a.Type.ToString() ?? string.Empty))];
        }

        return index;
    }

    private DirectiveIndex With(List<DirectiveDefinition> definitions)
    {
        var index = new DirectiveIndex(
            new(Locations, StringComparer.Ordinal),
            new(Unique, StringComparer.Ordinal),
            new(ArgumentNames, StringComparer.Ordinal),
            new(RequiredArguments, StringComparer.Ordinal));
        foreach (var definition in definitions)
        {
            var name = definition.Name.Value;
            index.Locations[name] = [.. definition.Locations.Select(l => l.Value)];
            index.Unique[name] = !definition.Repeatable;
            index.ArgumentNames[name] = [.. definition.Arguments.Select(a => a.Name.Value)];
            index.RequiredArguments[name] =
                [.. definition.Arguments.Where(a => a.Type is NonNullType && a.DefaultValue is null).Select(a => (a.Name.Value, Printer.Print(a.Type)))];
        }

        return index;
    }
}
