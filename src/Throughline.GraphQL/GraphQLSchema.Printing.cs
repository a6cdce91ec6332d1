using Throughline.GraphQL.Types.Printing;

namespace Throughline.GraphQL;

public sealed partial class GraphQLSchema
{
    /// <summary>The schema as SDL, exactly as graphql-js printSchema prints it.</summary>
    public string PrintSdl() => SchemaPrinter.Print(this);
}
