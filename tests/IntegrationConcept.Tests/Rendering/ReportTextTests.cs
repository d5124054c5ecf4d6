using System.Globalization;
using FluentAssertions;
using IntegrationConcept.Checking;
using IntegrationConcept.Model;
using IntegrationConcept.Rendering;
using IntegrationConcept.Results;
using IntegrationConcept.Tests.TestSupport;
using Xunit;

namespace IntegrationConcept.Tests.Rendering;

public sealed class ReportTextTests
{
    internal static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    internal static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    internal static CityConcept Concept() => TestDocuments.ConceptBuilder().AddGoal("BS-2", "BS", "Mehr Lehrkräfte").AddGoal("BS-3", "BS", "Drei").Build();

    internal static CoverageReport Report()
        => TestDocuments.Check(
            TestDocuments.PlanBuilder()
                .AddGoal("EQ-3", "Teilweise", "BS-2")
                .AddDistrictSpecificGoal("EQ-9", "Begegnung im Bürgerhaus", "BS")
                .AddGoal("EQ-4", "Unklar", "XX-1")
                .Suppress("IC2001", "EQ-3", "kommt 2014")
                .Build(),
            Concept());

    internal static CoverageMatrix Matrix()
        => new CoverageChecker().CheckAll(Concept(), new[] { TestDocuments.PlanBuilder().AddGoal("EQ-3", "Teilweise", "BS-2").Build(), TestDocuments.PlanBuilder("Trier-Nord").Build() }, TestDocuments.EvaluationDate);

    [Fact]
    public void Render_German_HeaderTableFindingsAndFeedback()
    {
        var text = ReportText.Render(Report(), German);

        text.Should().StartWith("Abdeckungsbericht: Stadtteilkonzept Ehrang/Quint (Ehrang/Quint)\n");
        text.Should().Contain("Stichtag: 01.06.2013 · Regelsatz: default\n");
        text.Should().Contain("  BS Bildung und Sprache                       3          1          1                1                 0     33,3 %  teilweise abgedeckt\n");
        text.Should().Contain("  Gesamt                                       4          2          1                1                 0     50,0 %\n");
        text.Should().Contain("Grundsätze: 1 von 1 angewandt (100,0 %)\n");
        text.Should().Contain("Befunde: Fehler 1, Warnungen 7, Hinweise 0, unterdrückt 1\n");
        text.Should().Contain("Datenqualität (für die Pflege der Daten) (1):\n  IC3001 (Stadtteilkonzept $.goals[4].refinedGoalIds[0]): Das Stadtteilziel EQ-4 konkretisiert das Ziel XX-1, das es im gesamtstädtischen Konzept nicht gibt.\n");
        text.Should().Contain("  IC1003 (Konzept $.goals[2]): Das Ziel BS-2 „Mehr Lehrkräfte“ ist nur teilweise abgedeckt: keine Maßnahme, kein Indikator.\n"
            + "      - Stadtteilziel EQ-3 konkretisiert das Ziel, ist aber noch nicht operationalisiert: keine Maßnahme, kein Indikator\n");
        text.Should().Contain("Unterdrückt (1):\n  IC2001 (Stadtteilkonzept $.goals[2]): Das Stadtteilziel EQ-3 „Teilweise“ hat keine Maßnahme.\n      Begründung: kommt 2014\n");
        text.Should().Contain("Defizite:\n  - BS-2 „Mehr Lehrkräfte“: teilweise abgedeckt – Stadtteilziel EQ-3 konkretisiert das Ziel, ist aber noch nicht operationalisiert: keine Maßnahme, kein Indikator\n");
        text.Should().EndWith("Potenziale:\n  - EQ-9 „Begegnung im Bürgerhaus“ (Handlungsfeld BS)\n");
        text.IndexOf("Fehler (1)", StringComparison.Ordinal).Should().BeLessThan(text.IndexOf("Warnungen (7)", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_English_SameReportInEnglish()
    {
        var text = ReportText.Render(Report(), English);

        text.Should().StartWith("Coverage report: Stadtteilkonzept Ehrang/Quint (Ehrang/Quint)\n");
        text.Should().Contain("  BS Education and language                    3        1       1            1             0     33.3%  partly covered\n");
        text.Should().Contain("Findings: Errors 1, Warnings 7, Information 0, suppressed 1\n");
        text.Should().Contain("  - BS-3 'Drei': not covered – no district goal refines the goal\n");
        text.Should().NotContain("Abdeckung");
    }

    [Fact]
    public void Render_CleanReport_SaysNone()
    {
        var text = ReportText.Render(TestDocuments.Check(TestDocuments.Plan()), German);

        text.Should().Contain("Befunde: Fehler 0, Warnungen 0, Hinweise 0\n");
        text.Should().Contain("Defizite:\n  keine\nPotenziale:\n  keine\n");
    }

    [Fact]
    public void Render_Matrix_GermanTables()
    {
        var text = ReportText.Render(Matrix(), German);

        text.Should().StartWith("Abdeckungsmatrix: Integrationskonzept der Stadt Trier (Trier), Version 2011-12\n");
        text.Should().Contain("  Handlungsfeld                            Ehrang/Quint  Trier-Nord  Zusammen\n");
        text.Should().Contain("  BS Bildung und Sprache                         33,3 %      33,3 %    33,3 %\n");
        text.Should().Contain("  BS-2        teilw.        nein    teilw.\n");
        text.Should().EndWith("ja = abgedeckt, teilw. = teilweise abgedeckt, nein = nicht abgedeckt, n. z. = nicht zutreffend\n");
    }

    [Fact]
    public void Render_Null_Throws()
    {
        FluentActions.Invoking(() => ReportText.Render((CoverageReport)null!, German)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ReportText.Render(Report(), null!)).Should().Throw<ArgumentNullException>();
    }
}
