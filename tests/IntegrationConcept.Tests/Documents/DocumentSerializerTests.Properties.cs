using CsCheck;
using FluentAssertions;
using IntegrationConcept.Documents;
using IntegrationConcept.Model;
using IntegrationConcept.Tests.Documents.Generators;
using Xunit;

namespace IntegrationConcept.Tests.Documents;

// Random valid models: lossless, deterministic, and valid against the committed schemas.
public sealed partial class DocumentSerializerTests
{
    [Fact]
    public void CityConcept_RandomModels_RoundTripLosslesslyAndDeterministically()
    {
        ModelGen.CityConcept.Sample(concept =>
        {
            var bytes = DocumentSerializer.WriteCityConceptToUtf8Bytes(concept);
            var read = DocumentSerializer.ReadCityConcept(bytes);

            // Plain comparisons: FluentAssertions' collection diffing costs more than the serializer here.
            if (!read.Equals(concept))
            {
                read.Should().Be(concept);
            }

            DocumentSerializer.WriteCityConceptToUtf8Bytes(read).AsSpan().SequenceEqual(bytes).Should().BeTrue("writing the read model gives the same bytes");
        }, iter: 3000);
    }

    [Fact]
    public void DistrictPlan_RandomModels_RoundTripLosslesslyAndDeterministically()
    {
        PlanGen.DistrictPlan.Sample(plan =>
        {
            var bytes = DocumentSerializer.WriteDistrictPlanToUtf8Bytes(plan);
            var read = DocumentSerializer.ReadDistrictPlan(bytes);

            if (!read.Equals(plan))
            {
                read.Should().Be(plan);
            }

            DocumentSerializer.WriteDistrictPlanToUtf8Bytes(read).AsSpan().SequenceEqual(bytes).Should().BeTrue("writing the read model gives the same bytes");
        }, iter: 3000);
    }

    [Fact]
    public void CityConcept_RandomModels_ValidateAgainstCommittedSchema()
    {
        ModelGen.CityConcept.Sample(concept =>
        {
            SchemaValidation.Errors(DocumentKind.CityConcept, DocumentSerializer.WriteCityConcept(concept)).Should().BeEmpty();
        }, iter: 300);
    }

    [Fact]
    public void DistrictPlan_RandomModels_ValidateAgainstCommittedSchema()
    {
        PlanGen.DistrictPlan.Sample(plan =>
        {
            SchemaValidation.Errors(DocumentKind.DistrictPlan, DocumentSerializer.WriteDistrictPlan(plan)).Should().BeEmpty();
        }, iter: 300);
    }

    [Fact]
    public void RuleSet_RandomRuleSets_RoundTripLosslesslyDeterministicallyAndValidate()
    {
        RuleSetGen.RuleSet.Sample(ruleSet =>
        {
            var bytes = DocumentSerializer.WriteRuleSetToUtf8Bytes(ruleSet);
            var read = DocumentSerializer.ReadRuleSet(bytes);

            if (!read.Equals(ruleSet))
            {
                read.Should().Be(ruleSet);
            }

            DocumentSerializer.WriteRuleSetToUtf8Bytes(read).AsSpan().SequenceEqual(bytes).Should().BeTrue("writing the read rule set gives the same bytes");
        }, iter: 1000);

        RuleSetGen.RuleSet.Sample(ruleSet =>
        {
            SchemaValidation.Errors(DocumentKind.RuleSet, DocumentSerializer.WriteRuleSet(ruleSet)).Should().BeEmpty();
        }, iter: 100);
    }
}
