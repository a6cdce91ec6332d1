using System.Collections;
using System.Reflection;

namespace Throughline.Export.Tests.Neo4j;

/// <summary>
/// Every difference between two records, property by property (public instance properties, computed ones such as
/// <c>IndependentSources</c> included), recursing into nested records and lists, as lines that name the record and the
/// field: "relation intel-invests-netposa: Evidence[1].Speaker: expected "org/intel", got null". Reflection, so a field
/// added to a record later is compared without touching this test.
/// </summary>
internal static class FieldComparison
{
    public static IEnumerable<string> Differences(object? expected, object? actual, string path)
    {
        if (expected is null || actual is null)
        {
            return Equals(expected, actual) ? [] : [$"{path}: expected {Show(expected)}, got {Show(actual)}"];
        }

        // Lists compare item by item whatever their concrete type (an array read back, a list imported).
        if (expected is IEnumerable list and not string && actual is IEnumerable other)
        {
            var left = list.Cast<object?>().ToList();
            var right = other.Cast<object?>().ToList();
            var found = left.Count == right.Count ? [] : new List<string> { $"{path}: expected {left.Count} items, got {right.Count}" };
            found.AddRange(left.Zip(right).SelectMany((pair, i) => Differences(pair.First, pair.Second, $"{path}[{i}]")));
            return found;
        }

        var type = expected.GetType();
        if (type != actual.GetType())
        {
            return [$"{path}: expected a {type.Name}, got a {actual.GetType().Name}"];
        }

        if (type.IsPrimitive || type.IsEnum || expected is string or decimal || type.IsValueType && type.Namespace == "System")
        {
            return Equals(expected, actual) ? [] : [$"{path}: expected {Show(expected)}, got {Show(actual)}"];
        }

        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract");
        return properties.SelectMany(p => Differences(p.GetValue(expected), p.GetValue(actual), $"{path}.{p.Name}")).ToList();
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => $"\"{(s.Length > 80 ? s[..80] + "…" : s)}\"",
        _ => value.ToString() ?? "?",
    };
}
