namespace Throughline.Core.Model;

/// <summary>How far a claim is established. Denied and Retracted claims are kept as data but skipped by path queries unless asked for.</summary>
public enum RelationStatus
{
    Reported,
    Confirmed,
    Denied,
    Disputed,
    Retracted,
}

public static class RelationStatusExtensions
{
    /// <summary>Confidence a claim gets when its curator states none.</summary>
    public static double DefaultConfidence(this RelationStatus status) => status switch
    {
        RelationStatus.Confirmed => 0.95,
        RelationStatus.Reported => 0.8,
        RelationStatus.Disputed => 0.5,
        RelationStatus.Denied => 0.2,
        RelationStatus.Retracted => 0.0,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>Denied and retracted claims do not form routes unless the caller includes them.</summary>
    public static bool IsNegated(this RelationStatus status) =>
        status is RelationStatus.Denied or RelationStatus.Retracted;
}
