namespace Throughline.GraphQL.Validation;

/// <summary>
/// One validation rule. A rule hands out a fresh <see cref="ValidationVisitor"/> per validation run, so rule
/// instances are immutable and can be shared (e.g. in <see cref="SpecifiedRules.All"/>).
/// </summary>
public interface IValidationRule
{
    ValidationVisitor CreateVisitor(ValidationContext context);
}
