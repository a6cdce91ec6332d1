using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Types.Building;

/// <summary>Collects schema problems with the locations of the nodes they are about.</summary>
internal sealed class SchemaErrors(Source? source)
{
    private readonly List<GraphQLError> _errors = [];

    public IReadOnlyList<GraphQLError> All => _errors;

    public int Count => _errors.Count;

    public void Add(string message, params Node?[] nodes)
    {
        var present = nodes.Where(n => n is not null).Cast<Node>().ToList();
        _errors.Add(new GraphQLError(message)
        {
            Nodes = present,
            Locations = source is null ? [] : present.Select(n => source.GetLocation(n.Location.Start)).ToList(),
        });
    }
}
