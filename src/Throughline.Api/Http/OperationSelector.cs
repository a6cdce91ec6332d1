using Throughline.GraphQL.Language;

namespace Throughline.Api.Http;

/// <summary>Which operation of a document a request runs (spec GetOperation), for the GET and auth rules on mutations.</summary>
public static class OperationSelector
{
    /// <summary>The operation, or null when the choice is ambiguous or unknown (execution then reports the spec's error).</summary>
    public static OperationDefinition? Find(Document document, string? operationName)
    {
        ArgumentNullException.ThrowIfNull(document);
        var operations = document.Definitions.OfType<OperationDefinition>().ToList();
        return operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.Value == operationName);
    }
}
