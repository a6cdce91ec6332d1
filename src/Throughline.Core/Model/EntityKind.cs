namespace Throughline.Core.Model;

public enum EntityKind
{
    Organization,
    Person,
    GovernmentBody,
    Place,
    Project,
    Product,
    SanctionsList,

    // Appended, not placed by meaning: stores keep kinds as these numbers.
    Event,
}
