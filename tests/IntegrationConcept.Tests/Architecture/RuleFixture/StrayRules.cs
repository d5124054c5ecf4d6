// Rule types for the test of RuleRegistrationTests: one in the fixture's "built-in" namespace, one beside it that a
// generator scanning only that namespace would miss, and one nested in a class of the built-in namespace.
#pragma warning disable CA1812
using IntegrationConcept.Rules;

namespace IntegrationConcept.Tests.Architecture.RuleFixture
{
    internal sealed class StrayRule : ICoverageRule
    {
        public RuleDescriptor Descriptor => throw new NotSupportedException();

        public void Check(RuleContext context, FindingSink findings) => throw new NotSupportedException();
    }
}

namespace IntegrationConcept.Tests.Architecture.RuleFixture.BuiltIn
{
    internal sealed class PlacedRule : ICoverageRule
    {
        public RuleDescriptor Descriptor => throw new NotSupportedException();

        public void Check(RuleContext context, FindingSink findings) => throw new NotSupportedException();
    }

    internal static class Holder
    {
        internal sealed class NestedRule : ICoverageRule
        {
            public RuleDescriptor Descriptor => throw new NotSupportedException();

            public void Check(RuleContext context, FindingSink findings) => throw new NotSupportedException();
        }
    }
}
