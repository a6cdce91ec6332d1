namespace Throughline.GraphQL.Execution;

/// <summary>
/// The field errors of one execution, in the order they were handled. Like graphql-js's CollectedErrors it drops an
/// error whose position (or an ancestor position) was already nulled by a propagated error: that position's value no
/// longer exists in the response, so reporting more errors under it would only duplicate the cause.
/// </summary>
internal sealed class ErrorCollector
{
    private readonly Lock _gate = new();
    private readonly List<GraphQLError> _errors = [];
    private readonly HashSet<ResponsePath> _nulledPositions = new(ReferenceEqualityComparer.Instance);
    private bool _rootNulled;

    public IReadOnlyList<GraphQLError> Errors
    {
        get
        {
            lock (_gate)
            {
                return [.. _errors];
            }
        }
    }

    /// <summary>Records <paramref name="error"/> as the reason <paramref name="position"/> (null: the whole data) is null.</summary>
    public void Add(GraphQLError error, ResponsePath? position)
    {
        lock (_gate)
        {
            if (_rootNulled)
            {
                return;
            }

            for (var node = position; node is not null; node = node.Parent)
            {
                if (_nulledPositions.Contains(node))
                {
                    return;
                }
            }

            if (position is null)
            {
                _rootNulled = true;
            }
            else
            {
                _nulledPositions.Add(position);
            }

            _errors.Add(error);
        }
    }
}
