using System.Globalization;
using System.Text.Json;
using FluentAssertions;
using IntegrationConcept.Checking;
using IntegrationConcept.Documents;
using IntegrationConcept.Rendering.Sarif;
using IntegrationConcept.Results;
using IntegrationConcept.Rules;
using IntegrationConcept.Tests.Documents;
using NodaTime;
using Xunit;

namespace IntegrationConcept.Tests.Rendering.Sarif;

public sealed class ReportSarifTests
{
    private const string ConceptUri = "samples/TrierEhrangQuint/data/trier-city-concept.json";
    private const string PlanUri = "samples/TrierEhrangQuint/data/ehrang-quint-district-plan.json";
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private static byte[] ConceptBytes => File.ReadAllBytes(Path.Combine(RepositoryFiles.Root, ConceptUri));

    private static byte[] PlanBytes => File.ReadAllBytes(Path.Combine(RepositoryFiles.Root, PlanUri));

    private static CoverageReport TrierReport()
        => new CoverageChecker().Check(DocumentSerializer.ReadCityConcept(ConceptBytes), DocumentSerializer.ReadDistrictPlan(PlanBytes), new LocalDate(2014, 12, 31));

    private static SarifSources Sources() => new(new SarifSource(ConceptUri, ConceptBytes), [new SarifSource(PlanUri, PlanBytes)]);

    private static IEnumerable<SarifRule> Rules(RuleSet ruleSet)
        => ruleSet.Rules.Select(d => new SarifRule(d.Id, d.Title, d.MessageTemplate, d.Category, ruleSet.SeverityOf(d.Id), ruleSet.IsEnabled(d.Id)));

    private static JsonElement Run(string sarif) => JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0];

    private static JsonElement Result(JsonElement run, string ruleId, string elementId)
        => run.GetProperty("results").EnumerateArray().Single(r =>
            r.GetProperty("ruleId").GetString() == ruleId
            && r.GetProperty("locations")[0].GetProperty("logicalLocations")[0].GetProperty("name").GetString() == elementId);

    // The one-based line of the first line of the file that holds the text, and that line's text.
    private static int LineOf(byte[] file, string text)
    {
        var lines = System.Text.Encoding.UTF8.GetString(file).Split('\n');
        return Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal)) + 1;
    }

    [Theory]
    [InlineData("IC1003", "BS-1", "concept")] // a city goal, in the concept file
    [InlineData("IC2002", "M-10", "plan")] // a measure without a carrier, in the plan file
    [InlineData("IC2005", "I-6", "plan")] // an indicator without a baseline, in the plan file
    public void Render_TrierSample_PointsAtTheLineOfTheElementsObject(string ruleId, string elementId, string document)
    {
        var run = Run(ReportSarif.Render(TrierReport(), German, Sources()));

        var location = Result(run, ruleId, elementId).GetProperty("locations")[0];
        var physical = location.GetProperty("physicalLocation");
        var file = document == "concept" ? ConceptBytes : PlanBytes;
        physical.GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be(document == "concept" ? ConceptUri : PlanUri);
        var idLine = LineOf(file, $"\"id\": \"{elementId}\"");
        var lines = System.Text.Encoding.UTF8.GetString(file).Split('\n');
        var startLine = physical.GetProperty("region").GetProperty("startLine").GetInt32();
        startLine.Should().Be(idLine - 1, "the element's object opens on the line above its id");
        lines[startLine - 1].Trim().Should().Be("{");
        physical.GetProperty("region").GetProperty("startColumn").GetInt32().Should().Be(lines[startLine - 1].IndexOf('{', StringComparison.Ordinal) + 1);
        location.GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString().Should().StartWith("$.");
    }

    [Fact]
    public void Render_SuppressedFinding_CarriesSuppressionWithJustification()
    {
        var report = TrierReport();
        var suppressed = report.Findings.Single(f => f.IsSuppressed);

        var result = Result(Run(ReportSarif.Render(report, English, Sources())), suppressed.RuleId, suppressed.Subject.Id!);

        var suppression = result.GetProperty("suppressions")[0];
        suppression.GetProperty("kind").GetString().Should().Be("inSource");
        suppression.GetProperty("justification").GetString().Should().Be(suppressed.SuppressionJustification);
    }

    [Fact]
    public void Render_Report_ListsEveryRuleWithLevelAndEveryFindingWithItsMessage()
    {
        var report = TrierReport();

        var run = Run(ReportSarif.Render(report, English, null, Rules(RuleSet.Default)));

        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        rules.Select(r => r.GetProperty("id").GetString()).Should().Equal(RuleCatalog.All.Select(d => d.Id));
        rules.Single(r => r.GetProperty("id").GetString() == RuleIds.IndicatorWithoutDataSource)
            .GetProperty("defaultConfiguration").GetProperty("level").GetString().Should().Be("note");
        var results = run.GetProperty("results").EnumerateArray().ToList();
        results.Should().HaveCount(report.Findings.Count);
        for (var i = 0; i < results.Count; i++)
        {
            var finding = report.Findings[i];
            results[i].GetProperty("ruleId").GetString().Should().Be(finding.RuleId);
            results[i].GetProperty("level").GetString().Should().Be(finding.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "note" });
            results[i].GetProperty("message").GetProperty("text").GetString().Should().StartWith(finding.Message(English).TrimEnd('.'));
            results[i].GetProperty("locations")[0].TryGetProperty("physicalLocation", out _).Should().BeFalse("no files were given");
        }
    }

    [Fact]
    public void Render_RuleSetWithOverrides_WritesConfiguredLevelsAndDisabledRules()
    {
        var ruleSet = RuleSet.Default.WithSeverity(RuleIds.MeasureWithoutCarrier, Severity.Error).WithDisabled(RuleIds.UncoveredGoal);
        var report = new CoverageChecker(ruleSet).Check(DocumentSerializer.ReadCityConcept(ConceptBytes), DocumentSerializer.ReadDistrictPlan(PlanBytes), new LocalDate(2014, 12, 31));

        var rules = Run(ReportSarif.Render(report, English, null, Rules(ruleSet))).GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();

        rules.Single(r => r.GetProperty("id").GetString() == RuleIds.MeasureWithoutCarrier).GetProperty("defaultConfiguration").GetProperty("level").GetString().Should().Be("error");
        rules.Single(r => r.GetProperty("id").GetString() == RuleIds.UncoveredGoal).GetProperty("defaultConfiguration").GetProperty("enabled").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public void Render_WithoutRules_ResultsNameTheRuleIdOnly()
    {
        var run = Run(ReportSarif.Render(TrierReport(), English));

        run.GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength().Should().Be(0);
        run.GetProperty("results")[0].TryGetProperty("ruleIndex", out _).Should().BeFalse();
    }

    [Fact]
    public void Render_RuleWithHelp_AppendsTheHelpText()
    {
        var rule = new SarifRule("X1", new("Titel", "Title"), new("Meldung {0}", "Message {0}"), RuleCategory.Coverage, Severity.Info, help: new("Mehr", "More"));

        var driverRule = Run(ReportSarif.Render(TrierReport(), English, null, [rule])).GetProperty("tool").GetProperty("driver").GetProperty("rules")[0];

        driverRule.GetProperty("help").GetProperty("text").GetString().Should().Be("Title. Message: Message …. Category: Coverage; severity: info. More.");
        driverRule.GetProperty("name").GetString().Should().Be("Title");
    }

    [Fact]
    public void Render_SameReportTwice_GivesTheSameText()
    {
        var first = ReportSarif.Render(TrierReport(), German, Sources());
        var second = ReportSarif.Render(TrierReport(), German, Sources());

        second.Should().Be(first);
        first.Should().NotContain("\r").And.EndWith("}\n").And.Contain("„", "umlauts and quotes stay unescaped");
        Run(first).GetProperty("language").GetString().Should().Be("de-DE");
    }

    [Fact]
    public void Render_MessageCultures_GiveBcp47LanguageTagsWithRegion()
    {
        // MessageCulture.German is named "de" and MessageCulture.English is the invariant culture (no name): the log still says de-DE and en-US.
        Run(ReportSarif.Render(TrierReport(), global::IntegrationConcept.Localization.MessageCulture.German, Sources())).GetProperty("language").GetString().Should().Be("de-DE");
        Run(ReportSarif.Render(TrierReport(), global::IntegrationConcept.Localization.MessageCulture.English, Sources())).GetProperty("language").GetString().Should().Be("en-US");
        Run(ReportSarif.Render(TrierReport(), English, Sources())).GetProperty("language").GetString().Should().Be("en-GB");
    }

    [Fact]
    public void Render_Matrix_PointsEachPlansFindingsAtItsOwnFile()
    {
        var concept = DocumentSerializer.ReadCityConcept(ConceptBytes);
        var plan = DocumentSerializer.ReadDistrictPlan(PlanBytes);
        var matrix = new CoverageChecker().CheckAll(concept, [plan, plan], new LocalDate(2014, 12, 31));
        var sources = new SarifSources(new SarifSource(ConceptUri, ConceptBytes), [new SarifSource("a/plan.json", PlanBytes), new SarifSource("b/plan.json", PlanBytes)]);

        var run = Run(ReportSarif.Render(matrix, English, sources));

        var uris = run.GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString())
            .ToList();
        uris.Count(u => u == "a/plan.json").Should().Be(uris.Count(u => u == "b/plan.json")).And.BeGreaterThan(0);
        run.GetProperty("artifacts").GetArrayLength().Should().Be(3);
    }

    [Fact]
    public void Render_MatrixWithWrongNumberOfPlanSources_ThrowsArgumentException()
    {
        var concept = DocumentSerializer.ReadCityConcept(ConceptBytes);
        var plan = DocumentSerializer.ReadDistrictPlan(PlanBytes);
        var matrix = new CoverageChecker().CheckAll(concept, [plan, plan], new LocalDate(2014, 12, 31));

        var act = () => ReportSarif.Render(matrix, English, Sources());

        act.Should().Throw<ArgumentException>().WithMessage("*2 reports*");
    }

    [Fact]
    public void SarifSources_RelativeSourceRoot_ThrowsArgumentException()
    {
        var act = () => new SarifSources(new SarifSource("a.json"), [], new Uri("relative/", UriKind.Relative));

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Render_WithSourceRoot_WritesBaseIdForRelativeUris()
    {
        var sources = new SarifSources(new SarifSource(ConceptUri, ConceptBytes), [new SarifSource("file:///abs/plan.json", PlanBytes)], new Uri("file:///repo/"));

        var run = Run(ReportSarif.Render(TrierReport(), English, sources));

        run.GetProperty("originalUriBaseIds").GetProperty("SRCROOT").GetProperty("uri").GetString().Should().Be("file:///repo/");
        var artifacts = run.GetProperty("artifacts");
        artifacts[0].GetProperty("location").GetProperty("uriBaseId").GetString().Should().Be("SRCROOT");
        artifacts[1].GetProperty("location").TryGetProperty("uriBaseId", out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("a b.json")]
    [InlineData(" ")]
    public void SarifSource_UriThatIsNotWellFormed_ThrowsArgumentException(string uri)
    {
        var act = () => new SarifSource(uri);

        act.Should().Throw<ArgumentException>();
        new SarifSource("a%20b.json").Uri.Should().Be("a%20b.json");
    }
}
