using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Types.Building;

internal sealed partial class SdlValidator
{
    // UniqueDirectivesPerLocation at the annotated node, then per directive (in graphql-js visit order):
    // KnownDirectives, KnownArgumentNamesOnDirectives, UniqueArgumentNames, UniqueInputFieldNames in the
    // argument values, and on leaving the directive ProvidedRequiredArgumentsOnDirectives.
    private void CheckDirectives(IReadOnlyList<Directive> directives, Dictionary<string, Directive> seen, string location)
    {
        CheckUniquePerLocation(directives, seen);
        VisitDirectives(directives, location);
    }

    private void CheckUniquePerLocation(IReadOnlyList<Directive> directives, Dictionary<string, Directive> seen)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (_directives.TryGetValue(name, out var known) && !known.Repeatable)
            {
                if (!seen.TryAdd(name, directive))
                {
                    _errors.Add(
                        $"The directive \"@{name}\" can only be used once at this location.", seen[name], directive);
                }
            }
        }
    }

    private void VisitDirectives(IReadOnlyList<Directive> directives, string location)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (!_directives.TryGetValue(name, out var known))
            {
                _errors.Add($"Unknown directive \"@{name}\".", directive);
            }
            else if (!known.Locations.Contains(location))
            {
                _errors.Add($"Directive \"@{name}\" may not be used on {location}.", directive);
            }

            var argumentNames = known.Specified is { } specified
                ? specified.Arguments.Select(a => a.Name).ToList()
                : known.Args?.Select(a => a.Name.Value).ToList();
            if (argumentNames is not null)
            {
                foreach (var argument in directive.Arguments.Where(a => !argumentNames.Contains(a.Name.Value)))
                {
                    var suggestions = Suggestions.List(argument.Name.Value, argumentNames);
                    _errors.Add(
                        $"Unknown argument \"{argument.Name.Value}\" on directive \"@{name}\"." + Suggestions.DidYouMean(suggestions),
                        argument);
                }
            }

            foreach (var group in directive.Arguments.GroupBy(a => a.Name.Value).Where(g => g.Count() > 1))
            {
                _errors.Add($"There can be only one argument named \"{group.Key}\".", [.. group.Select(a => (Node)a.Name)]);
            }

            foreach (var argument in directive.Arguments)
            {
                CheckUniqueInputFields(argument.Value);
            }

            CheckRequiredArguments(directive, known);
        }
    }

    private void CheckRequiredArguments(
        Directive directive,
        (IReadOnlyList<string> Locations, bool Repeatable, IReadOnlyList<InputValueDefinition>? Args, GraphQLDirective? Specified) known)
    {
        var given = directive.Arguments.Select(a => a.Name.Value).ToHashSet(StringComparer.Ordinal);
        var name = directive.Name.Value;
        if (known.Specified is { } specified)
        {
            foreach (var argument in specified.Arguments.Where(a => a.IsRequired && !given.Contains(a.Name)))
            {
                _errors.Add(
                    $"Directive \"@{name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.",
                    directive);
            }
        }
        else if (known.Args is { } arguments)
        {
            foreach (var argument in arguments.Where(a => a.Type is NonNullType && a.DefaultValue is null && !given.Contains(a.Name.Value)))
            {
                _errors.Add(
                    $"Directive \"@{name}\" argument \"{argument.Name.Value}\" of type \"{SchemaBuilder.PrintTypeNode(argument.Type)}\" is required, but it was not provided.",
                    directive);
            }
        }
    }

    private void CheckUniqueInputFields(Value value)
    {
        switch (value)
        {
            case ListValue list:
                foreach (var item in list.Values)
                {
                    CheckUniqueInputFields(item);
                }

                break;
            case ObjectValue obj:
                var known = new Dictionary<string, Name>(StringComparer.Ordinal);
                foreach (var field in obj.Fields)
                {
                    if (!known.TryAdd(field.Name.Value, field.Name))
                    {
                        _errors.Add(
                            $"There can be only one input field named \"{field.Name.Value}\".", known[field.Name.Value], field.Name);
                    }

                    CheckUniqueInputFields(field.Value);
                }

                break;
        }
    }
}
