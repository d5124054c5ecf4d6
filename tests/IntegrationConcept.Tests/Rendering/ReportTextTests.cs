using System.Globalization;
using System.Text.RegularExpressions;
using FluentAssertions;
using IntegrationConcept.Checking;
using IntegrationConcept.Model;
using IntegrationConcept.Rendering;
using IntegrationConcept.Results;
using IntegrationConcept.Tests.TestSupport;
using Xunit;

namespace IntegrationConcept.Tests.Rendering;

/// <summary>The plain-text committee report: same chapters as the HTML report, at most 100 columns, ids only in the appendix.</summary>
public sealed partial class ReportTextTests
{
    internal static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    internal static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    internal static CityConcept Concept() => TestDocuments.ConceptBuilder().AddGoal("BS-2", "BS", "Mehr Lehrkräfte").AddGoal("BS-3", "BS", "Drei").Build();

    internal static DistrictPlan Plan()
        => TestDocuments.PlanBuilder()
            .AddGoal("EQ-3", "Teilweise", "BS-2")
            .AddDistrictSpecificGoal("EQ-9", "Begegnung im Bürgerhaus", "BS")
            .AddGoal("EQ-4", "Unklar", "XX-1")
            .Suppress("IC2001", "EQ-3", "kommt 2014")
            .Build();

    internal static CoverageReport Report() => TestDocuments.Check(Plan(), Concept());

    internal static CoverageMatrix Matrix()
        => new CoverageChecker().CheckAll(Concept(), new[] { TestDocuments.PlanBuilder().AddGoal("EQ-3", "Teilweise", "BS-2").Build(), TestDocuments.PlanBuilder("Trier-Nord").Build() }, TestDocuments.EvaluationDate);

    private static string Trier(CultureInfo culture) => ReportText.Render(RenderingSamples.TrierReport(), RenderingSamples.EhrangQuint, culture);

    [GeneratedRegex(@"\bIC\d{4}\b|\$\.")]
    private static partial Regex RuleIdOrPath();

    [Theory]
    [InlineData("de-DE")]
    [InlineData("en-GB")]
    public void Render_Trier_NoLineIsWiderThan100Columns(string culture)
    {
        var lines = Trier(CultureInfo.GetCultureInfo(culture)).Split('\n');

        lines.Length.Should().BeGreaterThan(200);
        lines.Should().OnlyContain(l => l.Length <= ReportText.Width);
        lines.Should().Contain(l => l.Length > 90, "the text is wrapped at the width, not far below it");
    }

    [Fact]
    public void Render_Trier_ChaptersInTheOrderOfTheHtmlReport()
    {
        var text = Trier(German);
        var chapters = new[]
        {
            "Bericht zur Umsetzung im Stadtteil Ehrang/Quint\n====", "\nAuf einen Blick\n---", "\nZiele nach Handlungsfeldern\n---", "\nIndikatoren\n---",
            "\nHinweise nach Handlungsfeldern\n---", "\nRückmeldung an das gesamtstädtische Konzept\n---", "\nTechnischer Anhang\n---",
        };
        var at = chapters.Select(c => text.IndexOf(c, StringComparison.Ordinal)).ToArray();

        at.Should().OnlyContain(i => i >= 0);
        at.Should().BeInAscendingOrder();
        text.Should().StartWith(chapters[0]);
    }

    [Fact]
    public void Render_Trier_RuleIdsAndJsonPathsOnlyInTheAppendix()
    {
        var text = Trier(German);
        var appendix = text.IndexOf("\nTechnischer Anhang\n", StringComparison.Ordinal);

        RuleIdOrPath().IsMatch(text[..appendix]).Should().BeFalse();
        text[appendix..].Should().Contain("- IC1003\n  Schweregrad: Warnung\n  Fundstelle: Konzept $.goals[0]\n  Meldung: Das Ziel BS-1");
        text[appendix..].Should().Contain("Mit Begründung zurückgestellte Befunde:\n- IC3006\n");
    }

    [Fact]
    public void Render_Trier_SummarySaysWhatThePercentageCounts()
    {
        var text = Trier(German);

        text.Should().Contain("Zu bearbeiten im Stadtteil: 8 von 12 Zielen des gesamtstädtischen Konzepts (4 als nicht zutreffend\nerklärt). Davon vollständig abgedeckt: 4, teilweise abgedeckt: 2, nicht abgedeckt: 2.");
        text.Should().Contain("  Wohnen und Leben im          3            3          0          0           0  abgedeckt\n  Stadtteil\n");
        text.Should().Contain("Prüfprofil: Standard").And.NotContain("Regelsatz").And.NotContain("Abdeckungsbericht").And.NotContain("0,0 %");
        Regex.Matches(text.Split('\n')[0], "Ehrang/Quint").Should().HaveCount(1, "the title names the district once");
    }

    [Fact]
    public void Render_Trier_GoalTableWithCarrierLeadOfficeRecordedStatusAndBudget()
    {
        var text = Trier(German);

        text.Should().Contain("- WLS-1 Kinder und Jugendliche aus einkommensschwachen Familien nehmen am Vereinsleben teil\n  (illustrativ)\n  Stand: abgedeckt\n"
            + "  Umsetzungsstand laut Planung: EQ-1: auf gutem Weg (Stand 31.12.2012) – illustrativ / illustrative\n    value\n");
        text.Should().Contain("(Träger: Beirat für Migration und Integration; Federführung: Stadtverwaltung Trier;\n    01.04.2011–31.12.2012; abgeschlossen)");
        text.Should().Contain("(Federführung: Stadtverwaltung Trier)");
        text.Should().Contain("(ohne Träger; ohne Federführung; ohne Laufzeit; geplant)");
        text.Should().Contain("Haushaltsmittel der Maßnahmen im Handlungsfeld Wohnen und Leben im Stadtteil:\n");
        text.Should().MatchRegex(@"\n  M-03 Schnuppermitgliedschaften in Vereinen +2012 +– +– +1\.240,50\u00A0€ +Stadt Trier\n");
    }

    [Fact]
    public void Render_Trier_IndicatorsWithUnitsDatesPlannedValueAndLightInWords()
    {
        var text = Trier(German);

        text.Should().Contain("- I-1 Schnuppermitgliedschaften von Kindern und Jugendlichen aus einkommensschwachen Familien\n"
            + "  Ausgangswert: 0\u00A0Personen (01.03.2011)\n  Zielwert: 20\u00A0Personen (31.12.2012)\n  Letzte Messung: 15\u00A0Personen (31.12.2012)\n"
            + "  Sollwert laut Zielpfad: 20\u00A0Personen\n  Abweichung: 5\u00A0Personen unter Soll (25\u00A0% der geplanten Veränderung)\n  Ampel: gelb: Zielwert verfehlt\n");
        // I-4: last measured in 2011, before its target date; by the evaluation date the target itself is the planned value.
        text.Should().Contain("  Letzte Messung: 45\u00A0Personen (31.12.2011)\n  Sollwert laut Zielpfad: 60\u00A0Personen\n"
            + "  Abweichung: 15\u00A0Personen unter Soll (25\u00A0% der geplanten Veränderung)\n  Ampel: gelb: Zielwert verfehlt\n");
        text.Should().Contain("  Letzte Messung: keine Messung\n");
        text.Should().Contain("rot: über 25\u00A0%");
    }

    [Fact]
    public void Render_English_SameStructureInEnglish()
    {
        var text = ReportText.Render(Report(), Plan(), English);

        text.Should().StartWith("Implementation report for the district Ehrang/Quint\n");
        text.Should().Contain("\nAt a glance\n-----------\n").And.Contain("\nTechnical appendix\n");
        text.Should().NotContain("Abdeckung").And.NotContain("Stand:");
    }

    [Fact]
    public void Render_DataQualityAndSuppressedFindings_OnlyInTheAppendix()
    {
        var text = ReportText.Render(Report(), Plan(), German);
        var appendix = text.IndexOf("\nTechnischer Anhang\n", StringComparison.Ordinal);

        appendix.Should().BePositive();
        text[..appendix].Should().NotContain("XX-1", "an unknown id is for the people maintaining the data").And.NotContain("kommt 2014");
        text[appendix..].Should().Contain("- IC3001\n  Schweregrad: Fehler\n  Fundstelle: Stadtteilkonzept $.goals[4].refinedGoalIds[0]\n");
        text[appendix..].Should().Contain("- IC2001\n").And.Contain("  Begründung: kommt 2014\n");
    }

    [Fact]
    public void Render_WordLongerThanALine_IsCutAtTheWidth()
    {
        var name = new string('x', 250);
        var plan = TestDocuments.PlanBuilder().AddGoal("EQ-3", name, "BS-2").Build();

        var lines = ReportText.Render(TestDocuments.Check(plan, Concept()), plan, German).Split('\n');

        lines.Should().OnlyContain(l => l.Length <= ReportText.Width);
        string.Concat(lines).Should().Contain(new string('x', 90));
    }

    [Fact]
    public void Render_Matrix_GermanWithinTheWidth()
    {
        var text = ReportText.Render(Matrix(), German);

        text.Should().StartWith("Bericht zur Umsetzung in den Stadtteilen\n");
        text.Should().Contain("Ehrang/Quint").And.Contain("Trier-Nord");
        text.Split('\n').Should().OnlyContain(l => l.Length <= ReportText.Width);
    }

    [Fact]
    public void Render_Null_Throws()
    {
        FluentActions.Invoking(() => ReportText.Render(null!, Plan(), German)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ReportText.Render(Report(), null!, German)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ReportText.Render(Report(), Plan(), null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ReportText.Render((global::IntegrationConcept.Rendering.Content.ReportContent)null!)).Should().Throw<ArgumentNullException>();
    }
}
