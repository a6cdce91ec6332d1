using Throughline.Core.Model;
using Throughline.GraphQL;
using Throughline.GraphQL.Language;
using Throughline.GraphQL.Types;

namespace Throughline.Api.Schema;

/// <summary>The PartialDate scalar: "2010", "2016-03" or "2019-10-07" on the wire, <see cref="PartialDate"/> inside.</summary>
internal static class Scalars
{
    public static ScalarBinding PartialDateBinding { get; } = new(
        value => value switch
        {
            PartialDate date => date.ToString(),
            string text => Parse(text).ToString(),
            _ => throw new GraphQLCoercionException($"PartialDate cannot represent value: {value}"),
        },
        value => value is string text
            ? Parse(text)
            : throw new GraphQLCoercionException($"PartialDate must be a string such as \"2016-03\", not {Describe(value)}."),
        (literal, _) => literal is StringValue text
            ? Parse(text.Value, literal)
            : throw new GraphQLCoercionException("PartialDate must be a string such as \"2016-03\".", literal));

    private static PartialDate Parse(string text, Node? node = null) =>
        PartialDate.TryParse(text, out var date, out var error) ? date : throw new GraphQLCoercionException(error!, node);

    private static string Describe(object? value) => value switch
    {
        null => "null",
        bool => "a boolean",
        IReadOnlyList<object?> => "a list",
        IReadOnlyDictionary<string, object?> => "an object",
        _ => "a number",
    };
}
