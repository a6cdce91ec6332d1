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
}
