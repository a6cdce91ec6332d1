using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Types;

// Literals in coercion messages, introspection default values and SDL go through the language printer,
// which prints exactly like graphql-js print() / printString().
internal static class ValueText
{
    public static string Print(Value value) => Printer.Print(value);

    public static string PrintString(string value) => Printer.PrintString(value);
}
