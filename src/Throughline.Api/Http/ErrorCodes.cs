namespace Throughline.Api.Http;

/// <summary>The values of <c>extensions.code</c> in our error responses.</summary>
public static class ErrorCodes
{
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string NotFound = "NOT_FOUND";
    public const string Forbidden = "FORBIDDEN";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string LimitExceeded = "LIMIT_EXCEEDED";
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    public static IReadOnlyDictionary<string, object?> Extensions(string code) => new Dictionary<string, object?> { ["code"] = code };
}
