// Types for the test of the architecture test: a Model that reaches up into Results (a back-edge and a cycle).
#pragma warning disable CA1812, CA1822
namespace IntegrationConcept.Tests.Architecture.Fixture.Model
{
    internal sealed class Element
    {
        public Results.Finding? Finding { get; init; }
    }
}

namespace IntegrationConcept.Tests.Architecture.Fixture.Results
{
    internal sealed class Finding
    {
        public Model.Element? Subject { get; init; }
    }
}
