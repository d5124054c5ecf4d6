using CsCheck;
using FluentAssertions;
using IntegrationConcept.Documents;
using IntegrationConcept.Documents.Json;
using IntegrationConcept.Model;
using IntegrationConcept.Tests.Documents.Generators;
using Xunit;

namespace IntegrationConcept.Tests.Documents;

// Property-based round trips of format version 2 (CsCheck runs on net10.0 only).
public sealed partial class FormatV2Tests
{
    [Fact]
    public void CityConceptV2_RandomModels_RoundTripByteExactAndValidate()
    {
        V2Gen.CityConcept.Sample(concept =>
        {
            var bytes = DocumentSerializer.WriteCityConceptToUtf8Bytes(concept);
            var read = DocumentSerializer.ReadCityConcept(bytes);
            if (!read.Equals(concept))
            {
                read.Should().Be(concept);
            }

            DocumentSerializer.WriteCityConceptToUtf8Bytes(read).AsSpan().SequenceEqual(bytes).Should().BeTrue("writing the read model gives the same bytes");
        }, iter: 1500);

        V2Gen.CityConcept.Sample(concept =>
        {
            SchemaValidation.Errors(DocumentKind.CityConcept, DocumentSerializer.WriteCityConcept(concept)).Should().BeEmpty();
        }, iter: 200);
    }

    [Fact]
    public void DistrictPlanV2_RandomModels_RoundTripByteExactAndValidate()
    {
        V2Gen.DistrictPlan.Sample(plan =>
        {
            var bytes = DocumentSerializer.WriteDistrictPlanToUtf8Bytes(plan);
            var read = DocumentSerializer.ReadDistrictPlan(bytes);
            if (!read.Equals(plan))
            {
                read.Should().Be(plan);
            }

            DocumentSerializer.WriteDistrictPlanToUtf8Bytes(read).AsSpan().SequenceEqual(bytes).Should().BeTrue("writing the read model gives the same bytes");
        }, iter: 1500);

        V2Gen.DistrictPlan.Sample(plan =>
        {
            SchemaValidation.Errors(DocumentKind.DistrictPlan, DocumentSerializer.WriteDistrictPlan(plan)).Should().BeEmpty();
        }, iter: 200);
    }

    [Fact]
    public void V1Writer_RandomVersion1Models_StillRoundTripsThroughTheV1Reader()
    {
        PlanGen.DistrictPlan.Sample(plan =>
        {
            var v1 = WriteVersion(DocumentFormats.DistrictPlan, 1, plan);
            DocumentSerializer.ReadDistrictPlan(v1).Should().Be(plan);
        }, iter: 300);
    }
}
