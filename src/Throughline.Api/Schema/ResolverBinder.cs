using Throughline.Api.Http;
using Throughline.Core.Paths;
using Throughline.Core.Storage;
using Throughline.GraphQL;
using Throughline.GraphQL.Execution;
using Throughline.GraphQL.Types;

namespace Throughline.Api.Schema;

/// <summary>
/// Binds resolvers with one error policy: domain errors (<see cref="PathQueryException"/>, <see cref="GraphQLException"/>)
/// reach the client with their code; anything else is logged and reported as INTERNAL_SERVER_ERROR without its message,
/// which could name files or hosts.
/// </summary>
internal sealed class ResolverBinder(ResolverMap map, ILogger logger)
{
    public ResolverMap Map => map;

    public ResolverBinder Field(string type, string field, Func<ResolveFieldContext, Task<object?>> resolve)
    {
        map.Field(type, field, context => GuardAsync(type, field, context, resolve));
        return this;
    }

    public ResolverBinder Field(string type, string field, Func<ResolveFieldContext, object?> resolve)
    {
        map.Field(type, field, context =>
        {
            try
            {
                return ValueTask.FromResult(resolve(context));
            }
            catch (Exception e)
            {
                throw Translate(type, field, e);
            }
        });
        return this;
    }

    private async ValueTask<object?> GuardAsync(
        string type, string field, ResolveFieldContext context, Func<ResolveFieldContext, Task<object?>> resolve)
    {
        try
        {
            return await resolve(context).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            throw Translate(type, field, e);
        }
    }

    private Exception Translate(string type, string field, Exception e)
    {
        switch (e)
        {
            case GraphQLException or OperationCanceledException or GraphQLCoercionException:
                return e;
            case PathQueryException path:
                return new GraphQLException(path.Message, ErrorCodes.Extensions(path.Code));
            case ReadOnlyStoreException:
                logger.LogWarning("{Type}.{Field}: refused, the database is read-only", type, field);
                return new GraphQLException(
                    $"{type}.{field}: this server's database is read-only (its file may not be written), so it serves the graph as it is " +
                    "and refuses changes; an operator can make the file writable and restart the server.",
                    ErrorCodes.Extensions(ErrorCodes.Forbidden));
            default:
                logger.LogError(e, "Resolver {Type}.{Field} failed", type, field);
                return new GraphQLException(
                    $"Internal error while resolving {type}.{field}; the details are in the server log.",
                    ErrorCodes.Extensions(ErrorCodes.InternalServerError));
        }
    }
}
