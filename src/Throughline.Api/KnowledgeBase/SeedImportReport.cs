namespace Throughline.Api.KnowledgeBase;

/// <summary>What start-up did with the seed data, for the log and /health.</summary>
public sealed record SeedImportReport(
    string? Fingerprint,
    int Inserted,
    int Updated,
    int Unchanged,
    TimeSpan Duration,
    string Summary);
