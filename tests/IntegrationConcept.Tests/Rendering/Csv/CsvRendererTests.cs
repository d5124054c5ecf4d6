using System.Globalization;
using System.Text;
using FluentAssertions;
using IntegrationConcept.Checking;
using IntegrationConcept.Documents;
using IntegrationConcept.Model;
using IntegrationConcept.Rendering;
using IntegrationConcept.Rendering.Csv;
using IntegrationConcept.Results;
using IntegrationConcept.Tests.Documents;
using IntegrationConcept.Tests.TestSupport;
using Microsoft.VisualBasic.FileIO;
using NodaTime;
using Xunit;

namespace IntegrationConcept.Tests.Rendering.Csv;

/// <summary>The CSV table read back with .NET's own <see cref="TextFieldParser"/> (quoted fields, line breaks inside quotes), as a spreadsheet import reads it.</summary>
public sealed class CsvRendererTests
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private static (CoverageReport Report, DistrictPlan Plan) Trier()
    {
        var concept = DocumentSerializer.ReadCityConcept(File.ReadAllBytes(Path.Combine(RepositoryFiles.Root, "samples/TrierEhrangQuint/data/trier-city-concept.json")));
        var plan = DocumentSerializer.ReadDistrictPlan(File.ReadAllBytes(Path.Combine(RepositoryFiles.Root, "samples/TrierEhrangQuint/data/ehrang-quint-district-plan.json")));
        return (new CoverageChecker().Check(concept, plan, new LocalDate(2014, 12, 31)), plan);
    }

    private static (byte[] Bytes, List<string[]> Rows) Render(ReportInput input, string delimiter)
    {
        using var stream = new MemoryStream();
        new CsvRenderer().Render(input, stream);
        var bytes = stream.ToArray();
        using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        using var parser = new TextFieldParser(reader) { HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(delimiter);
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        return (bytes, rows);
    }

    [Fact]
    public void German_TrierReport_ExcelReadyWithOneRowPerGoalAndFinding()
    {
        var (report, plan) = Trier();

        var (bytes, rows) = Render(ReportInput.ForPlan(report, plan, German), ";");

        bytes.Take(3).Should().Equal(new byte[] { 0xEF, 0xBB, 0xBF }, "Excel reads UTF-8 only with a byte order mark");
        Encoding.UTF8.GetString(bytes).Should().Contain("\r\n").And.NotContain("\r\n\r\n");
        rows[0].Should().Equal("Stadtteil", "Art", "Handlungsfeld", "Element", "Text", "Stand", "Regel", "Schweregrad", "Fundstelle", "Begründung");
        rows.Should().OnlyContain(r => r.Length == 10);
        rows.Count(r => r[1] == "Ziel").Should().Be(report.Goals.Count);
        rows.Count(r => r[1] == "Befund").Should().Be(report.Findings.Count);
        rows.Should().ContainEquivalentOf(new[]
        {
            "Ehrang/Quint", "Ziel", "BS", "BS-1", "Sprachförderung in der Kindertagesstätte so früh wie möglich", "teilweise abgedeckt", "", "", "",
            "keine Maßnahme mit Träger, keine Maßnahme mit Laufzeit, kein Indikator mit Ausgangswert, kein Indikator mit Zielwert",
        });
        var contradiction = rows.Single(r => r[6] == "IC4008");
        contradiction[3].Should().Be("EQ-1");
        contradiction[7].Should().Be("Warnung");
        contradiction[8].Should().Be("Stadtteilkonzept $.goals[0].status");
        contradiction[4].Should().StartWith("Das Stadtteilziel EQ-1 „Kinder und Jugendliche");
        rows.Single(r => r[6] == "IC3006")[9].Should().StartWith("zurückgestellt: Netzwerk- und Aktionsteam");
    }

    [Fact]
    public void English_CommaSeparatedWithEnglishWords()
    {
        var (report, plan) = Trier();

        var (_, rows) = Render(ReportInput.ForPlan(report, plan, English), ",");

        rows[0].Should().Equal("District", "Kind", "Action field", "Element", "Text", "Grade", "Rule", "Severity", "Location", "Reason");
        rows.Should().Contain(r => r[1] == "goal" && r[3] == "AAW-1" && r[5] == "not covered");
        rows.Should().Contain(r => r[1] == "finding" && r[6] == "IC4006" && r[8] == "district plan $.indicators[0]");
    }

    [Fact]
    public void DocumentText_WithSeparatorQuoteLineBreakOrFormula_ComesBackAsTextNotFormula()
    {
        var tricky = "=HYPERLINK(\"http://x\"; \"y\"),\nzweite Zeile";
        var concept = TestDocuments.ConceptBuilder().AddGoal("BS-2", "BS", tricky).Build();
        var report = TestDocuments.Check(TestDocuments.Plan(), concept);

        foreach (var (culture, delimiter) in new[] { (German, ";"), (English, ",") })
        {
            var (_, rows) = Render(ReportInput.ForPlan(report, TestDocuments.Plan(), culture), delimiter);

            rows.Should().OnlyContain(r => r.Length == 10);
            rows.Single(r => r[3] == "BS-2" && r[4].Length > 0 && r[1] != "Befund" && r[1] != "finding")[4].Should().Be("'" + tricky);
        }
    }

    [Fact]
    public void Matrix_OneTableWithTheDistrictOnEveryRow()
    {
        var concept = TestDocuments.Concept();
        var matrix = new CoverageChecker().CheckAll(concept, [TestDocuments.Plan(), TestDocuments.PlanBuilder("Trier-Nord").Build()], TestDocuments.EvaluationDate);

        var (_, rows) = Render(ReportInput.ForMatrix(matrix, German), ";");

        rows.Skip(1).Select(r => r[0]).Distinct().Should().Equal("Ehrang/Quint", "Trier-Nord");
        rows.Count(r => r[1] == "Ziel").Should().Be(2 * concept.Goals.Count);
    }

    [Fact]
    public void Renderer_DescribesItselfAndRefusesAClosedStream()
    {
        var renderer = new CsvRenderer();
        var (report, plan) = Trier();
        using var closed = new MemoryStream([], writable: false);

        (renderer.FormatName, renderer.FileExtension, renderer.IsText).Should().Be(("csv", ".csv", false));
        renderer.MediaType.Should().StartWith("text/csv");
        FluentActions.Invoking(() => renderer.Render(ReportInput.ForPlan(report, plan, German), closed)).Should().Throw<ArgumentException>();
    }
}
