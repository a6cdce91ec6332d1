using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Types;

/// <summary>Options for <see cref="GraphQLSchema.FromSdl"/>.</summary>
public sealed record SchemaOptions
{
    /// <summary>Parser limits for the SDL (defaults when null).</summary>
    public ParseOptions? ParseOptions { get; init; }
}
