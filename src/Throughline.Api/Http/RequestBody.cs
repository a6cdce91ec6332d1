using System.Buffers;
using Microsoft.Net.Http.Headers;

namespace Throughline.Api.Http;

/// <summary>Reads a POST body: application/json in UTF-8 only (415 otherwise), at most a configured size (413 beyond).</summary>
public static class RequestBody
{
    public static void RequireJsonContentType(HttpRequest request)
    {
        if (string.IsNullOrEmpty(request.ContentType))
        {
            throw new RequestProblem(
                StatusCodes.Status415UnsupportedMediaType,
                "The request has no Content-Type: send the GraphQL request as application/json.");
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals(MediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            throw new RequestProblem(
                StatusCodes.Status415UnsupportedMediaType,
                $"Content-Type '{request.ContentType}' is not supported: send the GraphQL request as application/json.");
        }

        if (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            throw new RequestProblem(
                StatusCodes.Status415UnsupportedMediaType,
                $"Charset '{contentType.Charset}' is not supported: encode the request body as utf-8.");
        }
    }

    public static async Task<ReadOnlyMemory<byte>> ReadAsync(HttpRequest request, long maxBytes, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        var buffer = new ArrayBufferWriter<byte>((int)Math.Min(request.ContentLength ?? 4096, maxBytes) + 1);
        while (true)
        {
            var memory = buffer.GetMemory(4096);
            var read = await request.Body.ReadAsync(memory, ct).ConfigureAwait(false);
            if (read == 0)
            {
                return buffer.WrittenMemory;
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > maxBytes)
            {
                throw TooLarge(maxBytes);
            }
        }
    }

    /// <remarks>
    /// The rest of the body is never read, so Kestrel drops the connection after the answer; <c>Connection: close</c>
    /// tells the client, which would otherwise send its next request down that connection and see it cut off.
    /// </remarks>
    private static RequestProblem TooLarge(long maxBytes) => new(
        StatusCodes.Status413PayloadTooLarge,
        $"The request body is larger than the limit of {maxBytes} bytes.",
        ErrorCodes.LimitExceeded)
    {
        Headers = new Dictionary<string, string> { ["Connection"] = "close" },
    };
}
