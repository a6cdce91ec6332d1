using Throughline.GraphQL.Execution;
using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Tests.Execution;

/// <summary>Runs a query through the public entry point and returns the response JSON.</summary>
internal static class ExecutionHelpers
{
    public static async Task<string> RunAsync(
        this GraphQLSchema schema,
        string query,
        string? variablesJson = null,
        string? operationName = null,
        object? rootValue = null,
        ExecutionOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var result = await schema.ExecuteAsync(
            new ExecutionRequest(query)
            {
                Variables = variablesJson is null ? null : ExecutionRequest.VariablesFromJson(variablesJson),
                OperationName = operationName,
                RootValue = rootValue,
            },
            cancellationToken,
            options);
        return result.ToJson();
    }

    public static ResolverMap Value(this ResolverMap map, string type, string field, object? value) =>
        map.Field(type, field, _ => value);

    /// <summary>Binds a resolver that throws synchronously (a new exception per call).</summary>
    public static ResolverMap Throws(this ResolverMap map, string type, string field, Func<Exception> exception) =>
        map.Field(type, field, (Func<ResolveFieldContext, object?>)(_ => throw exception()));
}
