using Throughline.GraphQL.Language;

namespace Throughline.Api.Limits;

/// <summary>Whether a document selects, anywhere (operations and fragments, any alias), a field that matches.</summary>
public static class DocumentFields
{
    public static bool Any(Document document, Func<Field, bool> match)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(match);
        return document.Definitions.OfType<ExecutableDefinition>().Any(d => Any(d.SelectionSet, match));
    }

    private static bool Any(SelectionSet? selections, Func<Field, bool> match) =>
        selections is not null && selections.Selections.Any(selection => selection switch
        {
            Field field => match(field) || Any(field.SelectionSet, match),
            InlineFragment inline => Any(inline.SelectionSet, match),
            _ => false, // a spread's fragment is an ExecutableDefinition of its own, looked at above
        });
}
