namespace Throughline.Export.Tests.Neo4j;

/// <summary>Needs Java and a run that has Neo4j (NEO4J_URI set, as tests/run.sh does); skipped, saying so, otherwise.</summary>
public sealed class Neo4jFactAttribute : FactAttribute
{
    public Neo4jFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("NEO4J_URI")))
        {
            Skip = "NEO4J_URI is not set: tests/run.sh starts Neo4j when Java is installed; this test then starts a server of its own";
        }
    }
}
