using Throughline.Api.Http;
using Throughline.GraphQL.Execution;

namespace Throughline.Api.Schema;

/// <summary>Field errors with the codes clients can act on.</summary>
internal static class Errors
{
    public static GraphQLException BadInput(string message) => new(message, ErrorCodes.Extensions(ErrorCodes.BadUserInput));

    public static GraphQLException NotFound(string message) => new(message, ErrorCodes.Extensions(ErrorCodes.NotFound));

    public static GraphQLException Limit(string message) => new(message, ErrorCodes.Extensions(ErrorCodes.LimitExceeded));
}
