using System.Text;
using System.Text.Json.Nodes;
using FluentAssertions;
using IntegrationConcept.Checking;
using IntegrationConcept.Documents;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using IntegrationConcept.Tests.TestSupport;
using Xunit;

namespace IntegrationConcept.Tests.Documents;

// Coverage matrix documents: a matrix made by the checker round-trips, the bytes are stable, the schema agrees.
public sealed partial class DocumentSerializerTests
{
    private static CoverageMatrix Matrix() => new CoverageChecker().CheckAll(
        FlawedConcept(),
        new[] { TestDocuments.PlanBuilder("Trier-West").Build(), FlawedPlan(), TestDocuments.PlanBuilder("Trier-Nord").DeclareOutOfScope(ElementKind.ActionField, "AR", "Gesamtstädtisch").Build() },
        TestDocuments.EvaluationDate);

    [Fact]
    public void WriteCoverageMatrix_CheckerMatrix_ReadsBackEqual()
    {
        var matrix = Matrix();

        var read = DocumentSerializer.ReadCoverageMatrix(DocumentSerializer.WriteCoverageMatrix(matrix));

        read.Should().Be(matrix);
        read.Districts.Should().Equal("Trier-West", "Ehrang/Quint", "Trier-Nord");
        read.Reports[1].Should().Be(matrix.Reports[1]);
    }

    [Fact]
    public void WriteCoverageMatrix_SameMatrixTwice_GivesSameBytesAndCanonicalText()
    {
        var first = DocumentSerializer.WriteCoverageMatrixToUtf8Bytes(Matrix());

        DocumentSerializer.WriteCoverageMatrixToUtf8Bytes(Matrix()).Should().Equal(first);
        DocumentSerializer.WriteCoverageMatrix(DocumentSerializer.ReadCoverageMatrix(first)).Should().Be(Encoding.UTF8.GetString(first));
    }

    [Fact]
    public void WriteCoverageMatrix_CheckerMatrix_IsValidAgainstSchema()
    {
        SchemaValidation.Errors(DocumentKind.CoverageMatrix, DocumentSerializer.WriteCoverageMatrix(Matrix())).Should().BeEmpty();
    }

    [Fact]
    public void WriteCoverageMatrix_EmbeddedReport_ReadsAsACoverageReportOnItsOwn()
    {
        var matrix = Matrix();
        var json = JsonNode.Parse(DocumentSerializer.WriteCoverageMatrix(matrix))!;

        var report = DocumentSerializer.ReadCoverageReport(json["reports"]![1]!.ToJsonString());

        report.Should().Be(matrix.Reports[1]);
    }

    [Fact]
    public void ReadCoverageMatrix_ErrorInEmbeddedReport_NamesFullPath()
    {
        var json = JsonNode.Parse(DocumentSerializer.WriteCoverageMatrix(Matrix()))!;
        json["reports"]![1]!["findings"]![0]!["message"]!["de"] = "Anders";

        var act = () => DocumentSerializer.ReadCoverageMatrix(json.ToJsonString());

        var ex = act.Should().ThrowExactly<DocumentFormatException>().Which;
        ex.Path.Should().Be("$.reports[1].findings[0].message.de");
        ex.DocumentKind.Should().Be(DocumentKind.CoverageMatrix);
    }

    [Fact]
    public void ReadCoverageMatrix_DistrictsDisagree_NamesPath()
    {
        var json = JsonNode.Parse(DocumentSerializer.WriteCoverageMatrix(Matrix()))!;
        json["districts"]![2] = "Trier-West";

        var act = () => DocumentSerializer.ReadCoverageMatrix(json.ToJsonString());

        var ex = act.Should().ThrowExactly<DocumentFormatException>().Which;
        ex.Path.Should().Be("$.districts");
        ex.Message.Should().Contain("Trier-Nord");
    }

    [Fact]
    public void CoverageReport_Equality_IsByValue()
    {
        var first = Report("FlawedLater");
        var second = Report("FlawedLater");

        first.Should().NotBeSameAs(second);
        first.Should().Be(second);
        first.GetHashCode().Should().Be(second.GetHashCode());
        first.Should().NotBe(Report("Flawed"));
        Matrix().Should().Be(Matrix());
        Matrix().GetHashCode().Should().Be(Matrix().GetHashCode());
    }
}
