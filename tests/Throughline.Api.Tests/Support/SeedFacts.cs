using Throughline.Core.SeedData;
using Throughline.Core.Storage;

namespace Throughline.Api.Tests.Support;

/// <summary>The seed data as Core's loader reads it from the files: the independent source of expected values.</summary>
internal static class SeedFacts
{
    private static readonly Lazy<ImportBatch> Loaded = new(() =>
    {
        var result = SeedLoader.Load(RepositoryPaths.SeedData);
        return result.IsValid ? result.Batch : throw new InvalidOperationException(string.Join("\n", result.Problems));
    });

    public static ImportBatch Batch => Loaded.Value;

    public static string ArticleText(string articleId) =>
        Batch.Articles.Single(a => a.Id == articleId).Text ?? throw new InvalidOperationException($"{articleId} has no text");
}
