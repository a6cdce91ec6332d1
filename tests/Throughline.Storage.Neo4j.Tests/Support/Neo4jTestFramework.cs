using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestFramework("Throughline.Storage.Neo4j.Tests.Support.Neo4jTestFramework", "Throughline.Storage.Neo4j.Tests")]

namespace Throughline.Storage.Neo4j.Tests.Support;

/// <summary>
/// Marks a test class whose every test needs the Neo4j server, including tests it inherits with a plain [Fact] (the
/// store contract's); <see cref="Neo4jTestFramework"/> reports them skipped, with the reason, when NEO4J_URI is not set.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresNeo4jAttribute : Attribute;

/// <summary>xunit 2's discovery with one addition: tests of a [RequiresNeo4j] class are skipped when there is no server.</summary>
public sealed class Neo4jTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkDiscoverer CreateDiscoverer(IAssemblyInfo assemblyInfo) =>
        new Discoverer(assemblyInfo, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Discoverer(IAssemblyInfo assembly, ISourceInformationProvider sources, IMessageSink diagnostics)
        : XunitTestFrameworkDiscoverer(assembly, sources, diagnostics)
    {
        protected override bool FindTestsForMethod(
            ITestMethod testMethod, bool includeSourceInformation, IMessageBus messageBus, ITestFrameworkDiscoveryOptions discoveryOptions)
        {
            var needsServer = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresNeo4jAttribute)).Any();
            if (!needsServer || !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("NEO4J_URI"))
                || !testMethod.Method.GetCustomAttributes(typeof(FactAttribute)).Any())
            {
                return base.FindTestsForMethod(testMethod, includeSourceInformation, messageBus, discoveryOptions);
            }

            var skipped = new XunitSkippedDataRowTestCase(
                DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(),
                testMethod, Neo4jFactAttribute.SkipReason);
            return ReportDiscoveredTestCase(skipped, includeSourceInformation, messageBus);
        }
    }
}
