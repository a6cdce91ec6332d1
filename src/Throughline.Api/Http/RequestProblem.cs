namespace Throughline.Api.Http;

/// <summary>
/// A request the server cannot execute at all (malformed body, unsupported media type, too large, not permitted):
/// answered with <see cref="StatusCode"/> and a GraphQL error whose extensions.code is <see cref="Code"/>.
/// </summary>
public sealed class RequestProblem : Exception
{
    public RequestProblem(int statusCode, string message, string code = ErrorCodes.BadUserInput)
        : base(message)
    {
        StatusCode = statusCode;
        Code = code;
    }

    public RequestProblem()
        : this(StatusCodes.Status400BadRequest, "Bad request.")
    {
    }

    public RequestProblem(string message)
        : this(StatusCodes.Status400BadRequest, message)
    {
    }

    public RequestProblem(string message, Exception innerException)
        : base(message, innerException)
    {
        StatusCode = StatusCodes.Status400BadRequest;
        Code = ErrorCodes.BadUserInput;
    }

    public int StatusCode { get; }

    public string Code { get; }

    /// <summary>Extra response headers (Allow, WWW-Authenticate, Retry-After).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}
