using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Execution;

/// <summary>One response key of a selection set and every field node merged into it, in selection order.</summary>
internal sealed record FieldGroup(string ResponseKey, IReadOnlyList<Field> Nodes);
