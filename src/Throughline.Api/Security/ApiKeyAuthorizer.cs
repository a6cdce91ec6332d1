using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Throughline.Api.Configuration;
using Throughline.Api.Http;

namespace Throughline.Api.Security;

/// <summary>
/// Mutations and drafts need <c>Authorization: Bearer &lt;key&gt;</c> matching THROUGHLINE_API_KEY. The comparison hashes both sides
/// and compares the hashes in constant time, so neither the key's content nor its length leaks through timing.
/// </summary>
public sealed class ApiKeyAuthorizer
{
    private readonly byte[]? _keyHash;

    public ApiKeyAuthorizer(IOptions<ApiOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _keyHash = string.IsNullOrEmpty(options.Value.ApiKey) ? null : Hash(options.Value.ApiKey);
    }

    public bool MutationsEnabled => _keyHash is not null;

    /// <summary>Throws a 403 <see cref="RequestProblem"/> when mutations are disabled, 401 when the key is missing or wrong.</summary>
    public void RequireMutationAccess(HttpRequest request) => RequireKey(request, "Mutations are disabled on this server", "Mutations need an API key");

    /// <summary>
    /// The same check for reading drafts (Query.drafts, Query.draft): they hold unreviewed claims from articles that may
    /// not be published yet, so only reviewers, who hold the key, see them.
    /// </summary>
    public void RequireDraftAccess(HttpRequest request) =>
        RequireKey(request, "Drafts are kept only when mutations are enabled, and they are not on this server", "Reading drafts (drafts, draft) needs the API key");

    private void RequireKey(HttpRequest request, string disabled, string needed)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_keyHash is null)
        {
            throw new RequestProblem(
                StatusCodes.Status403Forbidden,
                $"{disabled}. To enable them, start it with the environment variable THROUGHLINE_API_KEY set to a secret key, and send that key as 'Authorization: Bearer <key>'.",
                ErrorCodes.Unauthenticated);
        }

        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            throw Unauthenticated($"{needed}: send it as 'Authorization: Bearer <key>'.");
        }

        if (!CryptographicOperations.FixedTimeEquals(Hash(header[scheme.Length..].Trim()), _keyHash))
        {
            throw Unauthenticated("The API key in the Authorization header is not valid.");
        }
    }

    private static RequestProblem Unauthenticated(string message) =>
        new(StatusCodes.Status401Unauthorized, message, ErrorCodes.Unauthenticated)
        {
            Headers = new Dictionary<string, string> { ["WWW-Authenticate"] = "Bearer realm=\"throughline\"" },
        };

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
