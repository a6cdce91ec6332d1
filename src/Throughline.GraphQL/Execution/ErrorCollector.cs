namespace Throughline.GraphQL.Execution;

/// <summary>
/// The field errors of one execution. Like graphql-js's CollectedErrors it drops an error whose position (or an
/// ancestor position) was already nulled by a propagated error: that position's value no longer exists in the
/// response, so more errors under it would only repeat the cause. Errors are reported in the order a depth-first
/// execution with synchronous resolvers meets them (graphql-js's order), however concurrently fields really ran.
/// </summary>
internal sealed class ErrorCollector
{
    private readonly Lock _gate = new();
    private readonly List<(GraphQLError Error, ResponsePath? Origin)> _errors = [];
    private readonly HashSet<ResponsePath> _nulledPositions = [];
    private bool _rootNulled;

    public IReadOnlyList<GraphQLError> Errors
    {
        get
        {
            lock (_gate)
            {
                // OrderBy is stable: errors from one position keep their arrival order.
                return _errors.OrderBy(e => e.Origin, Comparer<ResponsePath?>.Create(ResponsePath.CompareExecutionOrder))
                    .Select(e => e.Error)
                    .ToList();
            }
        }
    }

    /// <summary>
    /// Records <paramref name="error"/>, which arose at <paramref name="origin"/>, as the reason
    /// <paramref name="position"/> (null: the whole data) is null.
    /// </summary>
    public void Add(GraphQLError error, ResponsePath? position, ResponsePath? origin)
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

            _errors.Add((error, origin));
        }
    }
}
