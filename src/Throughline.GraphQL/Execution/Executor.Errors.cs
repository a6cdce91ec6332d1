using Throughline.GraphQL.Language;
using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Execution;

// Spec 6.4.4 "Handling Field Errors" (graphql-js locatedError and handleFieldError).
internal sealed partial class Executor
{
    /// <summary>
    /// A nullable position absorbs the error (recorded, value null); a non-null one passes it to its parent.
    /// </summary>
    private object? HandleFieldError(Exception exception, IReadOnlyList<Field> nodes, GraphQLType returnType, ResponsePath path)
    {
        var error = Locate(exception, nodes, path);
        var origin = exception is FieldErrorException propagated ? propagated.Origin : path;
        if (returnType is GraphQLNonNull)
        {
            throw new FieldErrorException(error, origin);
        }

        _context.Errors.Add(error, path, origin);
        return null;
    }

    private bool IsCancellation(Exception e) =>
        e is OperationCanceledException && _context.CancellationToken.IsCancellationRequested;

    /// <summary>
    /// The error to report for <paramref name="exception"/> raised at <paramref name="path"/>: errors that already carry
    /// a GraphQL error keep their message, extensions and (if set) locations; any other exception contributes its
    /// message only, plus type and stack trace under extensions when the debug option is on.
    /// </summary>
    private GraphQLError Locate(Exception exception, IReadOnlyList<Field> nodes, ResponsePath? path)
    {
        if (exception is AggregateException { InnerExceptions.Count: 1 } aggregate)
        {
            exception = aggregate.InnerExceptions[0];
        }

        var pathArray = path?.ToArray();
        switch (exception)
        {
            case FieldErrorException propagated:
                return propagated.Error;
            case GraphQLException { Error: var carried }:
                return Place(carried, nodes, pathArray);
            case GraphQLSyntaxException { Error: var carried }:
                return Place(carried, nodes, pathArray);
            case GraphQLCoercionException coercion:
                return Place(new GraphQLError(coercion.Message), nodes, pathArray);
        }

        var error = Place(new GraphQLError(exception.Message), nodes, pathArray);
        if (_context.Options.IncludeExceptionDetails)
        {
            error = error with
            {
                Extensions = new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["exception"] = new Dictionary<string, object?>(StringComparer.Ordinal)
                    {
                        ["type"] = exception.GetType().FullName,
                        ["stacktrace"] = exception.ToString().Split(Environment.NewLine),
                    },
                },
            };
        }

        return error;
    }

    private GraphQLError Place(GraphQLError error, IReadOnlyList<Field> nodes, object[]? path)
    {
        if (error.Path is not null)
        {
            return error;
        }

        return error with
        {
            Locations = error.Locations.Count > 0 ? error.Locations : Locations.Of(_context.Document, nodes),
            Nodes = error.Nodes ?? nodes,
            Path = path,
        };
    }
}
