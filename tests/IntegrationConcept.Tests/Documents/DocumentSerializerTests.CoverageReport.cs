using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using FluentAssertions;
using IntegrationConcept.Documents;
using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using IntegrationConcept.Rules;
using IntegrationConcept.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace IntegrationConcept.Tests.Documents;

// Coverage report documents: reports made by the checker round-trip, the bytes are stable, the schema agrees,
// messages come rendered in German and English, and derived members that disagree with the data are errors.
public sealed partial class DocumentSerializerTests
{
    public static TheoryData<string> Reports => new() { "Clean", "Flawed", "FlawedLater", "TrierSample", "StrictRuleSet" };

    private static CoverageReport Report(string name) => name switch
    {
        "Clean" => TestDocuments.Check(TestDocuments.Plan()),
        "Flawed" => TestDocuments.Check(FlawedPlan(), FlawedConcept()),
        "FlawedLater" => TestDocuments.Check(FlawedPlan(), FlawedConcept(), date: new LocalDate(2015, 3, 1)),
        "TrierSample" => TestDocuments.Check(SampleDocuments.EhrangQuint(), SampleDocuments.Trier()),
        _ => TestDocuments.Check(FlawedPlan(), FlawedConcept(), new RuleSet("streng").WithCategorySeverity(RuleCategory.Coverage, Severity.Error).WithDisabled(RuleIds.GoalWithoutIndicator)),
    };

    // A concept and plan that give findings of every kind of argument, a suppression, out of scope, deficits and potentials.
    private static CityConcept FlawedConcept() => TestDocuments.ConceptBuilder()
        .AddPrinciple("G-2", "Interkulturelle Öffnung der Verwaltung")
        .AddActionField("WL", "Wohnen und Leben im Stadtteil")
        .AddGoal("BS-2", "BS", "Elternarbeit „mehrsprachig“ stärken")
        .AddGoal("BS-3", "BS", "Hausaufgabenhilfe ausbauen")
        .AddGoal("AR-2", "AR", "Ausbildungsplätze für Geflüchtete")
        .Build();

    private static DistrictPlan FlawedPlan() => TestDocuments.PlanBuilder()
        .AddGoal("EQ-3", "Hausaufgabenhilfe im Bürgerhaus", "BS-3")
        .AddGoal("EQ-4", "Unklar", new[] { "BS-1", "XX-9" }, new[] { "I-1" })
        .AddDistrictSpecificGoal("EQ-5", "Spielplatz am Moselufer gestalten", "WL")
        .AddMeasure("M-3", "Fest der Kulturen", m => m.Carrier("beirat").Serves("EQ-4").Period(new LocalDate(2012, 5, 1), new LocalDate(2013, 5, 1)))
        .AddMeasure("M-4", "Sommerfest", m => m.Serves("EQ-5"))
        .DeclareOutOfScope(ElementKind.Goal, "AR-2", "Kein Ausbildungsbetrieb im Stadtteil")
        .Suppress(RuleIds.UnknownCityGoal, "EQ-4", "XX-9 kommt mit der Fortschreibung")
        .Build();

    [Theory]
    [MemberData(nameof(Reports))]
    public void WriteCoverageReport_CheckerReport_ReadsBackEqual(string name)
    {
        var report = Report(name);

        var read = DocumentSerializer.ReadCoverageReport(DocumentSerializer.WriteCoverageReport(report));

        read.Should().Be(report);
        read.Overall.Should().Be(report.Overall);
        read.HasErrors.Should().Be(report.HasErrors);
        for (var i = 0; i < report.Findings.Count; i++)
        {
            read.Findings[i].Subject.Path.Should().Be(report.Findings[i].Subject.Path);
            read.Findings[i].Message(CultureInfo.GetCultureInfo("de-DE")).Should().Be(report.Findings[i].Message(CultureInfo.GetCultureInfo("de-DE")));
        }
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void WriteCoverageReport_SameReportTwice_GivesSameBytesAndCanonicalText(string name)
    {
        var first = DocumentSerializer.WriteCoverageReportToUtf8Bytes(Report(name));
        var second = DocumentSerializer.WriteCoverageReportToUtf8Bytes(Report(name));

        second.Should().Equal(first);
        DocumentSerializer.WriteCoverageReport(DocumentSerializer.ReadCoverageReport(first)).Should().Be(Encoding.UTF8.GetString(first));
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void WriteCoverageReport_CheckerReport_IsValidAgainstSchema(string name)
    {
        SchemaValidation.Errors(DocumentKind.CoverageReport, DocumentSerializer.WriteCoverageReport(Report(name))).Should().BeEmpty();
    }

    [Fact]
    public void WriteCoverageReport_Flawed_HasTheCasesThisFileIsAbout()
    {
        var report = Report("FlawedLater");

        report.Findings.Should().Contain(f => f.IsSuppressed);
        report.Findings.Should().Contain(f => f.Reasons.Count > 0);
        report.Findings.SelectMany(f => f.MessageData.Arguments).Select(a => a.Kind).Should()
            .Contain([MessageArgumentKind.Text, MessageArgumentKind.Date]);
        report.Findings.Should().Contain(f => f.Subject.Path.Contains("].", StringComparison.Ordinal), "a finding about a member inside an element");
        report.Goals.Should().Contain(g => g.Grade == CoverageGrade.OutOfScope)
            .And.Contain(g => g.Grade == CoverageGrade.PartlyCovered && g.MissingCriteria.Count > 0)
            .And.Contain(g => g.Grade == CoverageGrade.Uncovered);
        report.Feedback.Deficits.Should().NotBeEmpty();
        report.Feedback.Potentials.Should().NotBeEmpty();
    }

    [Fact]
    public void WriteCoverageReport_Finding_WritesMessageInGermanAndEnglishBesideTemplateAndArguments()
    {
        var report = Report("FlawedLater");
        var finding = report.Findings.First(f => f.RuleId == RuleIds.UnknownCityGoal);
        var index = report.Findings.ToList().IndexOf(finding);

        var json = JsonNode.Parse(DocumentSerializer.WriteCoverageReport(report))!;
        var written = json["findings"]![index]!;

        written["ruleId"]!.GetValue<string>().Should().Be(RuleIds.UnknownCityGoal);
        written["severity"]!.GetValue<string>().Should().Be("error");
        written["category"]!.GetValue<string>().Should().Be("consistency");
        written["subject"]!["document"]!.GetValue<string>().Should().Be("districtPlan");
        written["subject"]!["kind"]!.GetValue<string>().Should().Be("districtGoal");
        written["subject"]!["id"]!.GetValue<string>().Should().Be("EQ-4");
        written["subject"]!["path"]!.GetValue<string>().Should().Be(finding.Subject.Path);
        written["message"]!["de"]!.GetValue<string>().Should().Be(finding.Message(CultureInfo.GetCultureInfo("de-DE")));
        written["message"]!["en"]!.GetValue<string>().Should().Be(finding.Message(CultureInfo.InvariantCulture));
        written["message"]!["de"]!.GetValue<string>().Should().NotBe(written["message"]!["en"]!.GetValue<string>());
        written["message"]!["template"]!["de"]!.GetValue<string>().Should().Be(finding.MessageData.Template.German);
        written["message"]!["arguments"]!.AsArray().Should().HaveCount(finding.MessageData.Arguments.Count);
        written["suppressed"]!.GetValue<bool>().Should().BeTrue();
        written["suppressionJustification"]!.GetValue<string>().Should().Be("XX-9 kommt mit der Fortschreibung");
    }

    [Fact]
    public void WriteCoverageReport_DateArgument_IsIsoInArgumentsAndGermanInTheGermanMessage()
    {
        var report = Report("FlawedLater");
        var finding = report.Findings.First(f => f.MessageData.Arguments.Any(a => a.Kind == MessageArgumentKind.Date)
            || f.Reasons.Any(r => r.Arguments.Any(a => a.Kind == MessageArgumentKind.Date)));

        var text = DocumentSerializer.WriteCoverageReport(report);

        text.Should().Contain("\"kind\": \"date\"").And.Contain("\"evaluationDate\": \"2015-03-01\"");
        text.Should().Contain(finding.Message(CultureInfo.GetCultureInfo("de-DE")));
    }

    [Fact]
    public void WriteCoverageReport_Totals_AreWrittenWithPercentages()
    {
        var report = Report("Flawed");

        var json = JsonNode.Parse(DocumentSerializer.WriteCoverageReport(report))!;

        json["overall"]!["covered"]!.GetValue<int>().Should().Be(report.Overall.Covered);
        json["overall"]!["outOfScope"]!.GetValue<int>().Should().Be(report.Overall.OutOfScope);
        json["overall"]!["coveredPercent"]!.GetValue<decimal>().Should().Be(report.Overall.CoveredPercent!.Value);
    }

    [Fact]
    public void ReadCoverageReport_DerivedMembersLeftOut_ReadsTheSameReport()
    {
        var report = Report("FlawedLater");
        var json = JsonNode.Parse(DocumentSerializer.WriteCoverageReport(report))!.AsObject();
        json.Remove("overall");
        json.Remove("actionFieldTotals");
        json.Remove("principleTotals");
        foreach (var finding in json["findings"]!.AsArray())
        {
            finding!.AsObject().Remove("suppressed");
            finding["message"]!.AsObject().Remove("de");
            finding["message"]!.AsObject().Remove("en");
        }

        DocumentSerializer.ReadCoverageReport(json.ToJsonString()).Should().Be(report);
    }

    [Fact]
    public void ReadCoverageReport_TotalsDisagree_NamesPathAndBothValues()
    {
        var report = Report("Flawed");
        var json = JsonNode.Parse(DocumentSerializer.WriteCoverageReport(report))!;
        json["overall"]!["covered"] = report.Overall.Covered + 5;
        json["overall"]!.AsObject().Remove("coveredPercent");
        json["overall"]!.AsObject().Remove("partlyCoveredPercent");
        json["overall"]!.AsObject().Remove("uncoveredPercent");

        var ex = ReadReportFails(json.ToJsonString());

        ex.Path.Should().Be("$.overall");
        ex.Message.Should().Contain($"covered {report.Overall.Covered + 5}").And.Contain($"covered {report.Overall.Covered}");
    }

    [Fact]
    public void ReadCoverageReport_PercentDisagrees_NamesPath()
    {
        var json = JsonNode.Parse(DocumentSerializer.WriteCoverageReport(Report("Flawed")))!;
        json["actionFields"]![0]!["goals"]!["coveredPercent"] = 99.9m;

        ReadReportFails(json.ToJsonString()).Path.Should().Be("$.actionFields[0].goals.coveredPercent");
    }

    [Fact]
    public void ReadCoverageReport_RenderedMessageEdited_NamesPathAndTheRenderedText()
    {
        var report = Report("Flawed");
        var json = JsonNode.Parse(DocumentSerializer.WriteCoverageReport(report))!;
        json["findings"]![0]!["message"]!["en"] = "Something else";

        var ex = ReadReportFails(json.ToJsonString());

        ex.Path.Should().Be("$.findings[0].message.en");
        ex.Message.Should().Contain(report.Findings[0].Message(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ReadCoverageReport_SuppressedWithoutJustification_NamesPath()
    {
        var json = JsonNode.Parse(DocumentSerializer.WriteCoverageReport(Report("Flawed")))!;
        json["findings"]![0]!["suppressed"] = true;
        json["findings"]![0]!.AsObject().Remove("suppressionJustification");

        ReadReportFails(json.ToJsonString()).Path.Should().Be("$.findings[0].suppressed");
    }

    [Fact]
    public void ReadCoverageReport_SubjectPathOutsideItsElement_NamesPath()
    {
        var json = JsonNode.Parse(DocumentSerializer.WriteCoverageReport(Report("Flawed")))!;
        json["findings"]![0]!["subject"]!["path"] = "$.somewhereElse[7]";

        var ex = ReadReportFails(json.ToJsonString());

        ex.Path.Should().Be("$.findings[0].subject.path");
        ex.Message.Should().Contain("$.somewhereElse[7]");
    }

    [Fact]
    public void ReadCoverageReport_ArgumentKindWithoutItsValue_NamesPath()
    {
        var json = JsonNode.Parse(DocumentSerializer.WriteCoverageReport(Report("Flawed")))!;
        var arguments = json["findings"]![0]!["message"]!["arguments"]!.AsArray();
        arguments[0] = new JsonObject { ["kind"] = "date", ["text"] = "EQ-4" };
        json["findings"]![0]!["message"]!.AsObject().Remove("de");
        json["findings"]![0]!["message"]!.AsObject().Remove("en");

        var ex = ReadReportFails(json.ToJsonString());

        ex.Path.Should().Be("$.findings[0].message.arguments[0]");
        ex.Message.Should().Contain("'date'");
    }

    [Fact]
    public void ReadCoverageReport_WrongGrade_ListsAllowedGrades()
    {
        var json = JsonNode.Parse(DocumentSerializer.WriteCoverageReport(Report("Flawed")))!;
        json["goals"]![0]!["grade"] = "half";

        var ex = ReadReportFails(json.ToJsonString());

        ex.Path.Should().Be("$.goals[0].grade");
        ex.Message.Should().Contain("partlyCovered").And.Contain("outOfScope");
    }

    [Fact]
    public void ReadCoverageReport_RuleSetDocument_SaysWhichKindItIs()
    {
        ReadReportFails(DocumentSerializer.WriteRuleSet(RuleSet.Default)).Message.Should().Contain("rule set");
    }

    private static DocumentFormatException ReadReportFails(string json)
    {
        var act = () => DocumentSerializer.ReadCoverageReport(json);
        var ex = act.Should().ThrowExactly<DocumentFormatException>().Which;
        ex.DocumentKind.Should().Be(DocumentKind.CoverageReport);
        ex.Problems.Should().ContainSingle().Which.Path.Should().Be(ex.Path);
        return ex;
    }
}
