using Throughline.Core.Paths;
using Throughline.GraphQL.Types;

namespace Throughline.Api.Schema;

/// <summary>What every resolver of one request shares (the execution's user context): the path engine's expansion allowance.</summary>
public sealed record RequestState(ExpansionAllowance Allowance)
{
    internal static ExpansionAllowance? AllowanceOf(ResolveFieldContext context) => (context.UserContext as RequestState)?.Allowance;
}
