using System.Text.Json;
using FluentAssertions;
using IntegrationConcept.Changes;
using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Rendering.Changes;
using IntegrationConcept.Results;
using NodaTime;
using Xunit;
using static IntegrationConcept.Tests.Changes.ChangeFixtures;

namespace IntegrationConcept.Tests.Rendering.Changes;

public sealed class ChangeRenderingTests
{
    private static CoverageChange Change()
    {
        var before = Report(
            Spring,
            [Goal("BS-1", CoverageGrade.Uncovered, text: "Sprachförderung <früh>"), Goal("AR-1", CoverageGrade.Covered, "AR")],
            [Field("BS", CoverageGrade.Uncovered, 0, 0, 1), Field("AR", CoverageGrade.Covered, 1, 0, 0)],
            [OnGoal("IC1002", "BS-1", text: "Ziel BS-1 ist nicht abgedeckt"), OnIndicator("IC4002", "I-1")]);
        var after = Report(
            End,
            [Goal("BS-1", CoverageGrade.Covered, text: "Sprachförderung <früh>"), Goal("AR-1", CoverageGrade.PartlyCovered, "AR")],
            [Field("BS", CoverageGrade.Covered, 1, 0, 0), Field("AR", CoverageGrade.PartlyCovered, 0, 1, 0)],
            [OnGoal("IC1003", "AR-1", text: "Ziel AR-1 ist nur teilweise abgedeckt"), OnIndicator("IC4003", "I-1")]);
        return CoverageChange.Compare(before, after);
    }

    [Fact]
    public void Text_German_SaysWhatChanged()
    {
        var text = ChangeText.Render(Change(), MessageCulture.German);

        text.Should().StartWith("Veränderung der Umsetzung im Stadtteil – Ehrang/Quint\n");
        text.Should().Contain("vorher: Stadtteilkonzept Ehrang/Quint, Fassung „Beschluss 2011“, Stichtag 31.03.2012");
        text.Should().Contain("nachher: Stadtteilkonzept Ehrang/Quint, Fassung „Beschluss 2011“, Stichtag 31.12.2014");
        text.Should().Contain("Vollständig abgedeckte Ziele: 1 von 2 zu bearbeitenden vorher, 1 von 2 nachher (0 Prozentpunkte)");
        text.Should().Contain("1 verbessert, 1 verschlechtert, 0 unverändert");
        text.Should().MatchRegex(@"Feld BS\s+nicht abgedeckt \(0 von 1 Zielen\)\s+abgedeckt \(1 von 1 Zielen\)\s+verbessert, \+100 Prozentpunkte");
        text.Should().Contain("Neue Befunde\n  - Ziel AR-1 ist nur teilweise abgedeckt (IC1003)\n");
        text.Should().Contain("Erledigte Befunde\n  - Ziel BS-1 ist nicht abgedeckt (IC1002)\n");
        text.Should().MatchRegex(@"I-1\s+gelb\s+rot");
        text.Should().NotContain("\r");
    }

    [Fact]
    public void Text_English_UsesEnglishLabelsAndDates()
    {
        var text = ChangeText.Render(Change(), MessageCulture.English);

        text.Should().Contain("before: Stadtteilkonzept Ehrang/Quint, version \"Beschluss 2011\", evaluation date 2012-03-31");
        text.Should().Contain("1 improved, 1 worsened");
        text.Should().MatchRegex(@"Field BS\s+not covered \(0 of 1 goals\)\s+covered \(1 of 1 goals\)\s+improved, \+100 percentage points");
        text.Should().MatchRegex(@"I-1\s+yellow\s+red");
    }

    [Fact]
    public void Markdown_EscapesTextAndHasTables()
    {
        var markdown = ChangeMarkdown.Render(Change(), MessageCulture.German);

        markdown.Should().StartWith("# Veränderung der Umsetzung im Stadtteil – Ehrang/Quint\n");
        markdown.Should().Contain("## Ziele des gesamtstädtischen Konzepts\n\n| Ziel | Handlungsfeld | vorher | nachher | Veränderung |");
        markdown.Should().Contain("| BS-1 Sprachförderung \\<früh\\> | BS | nicht abgedeckt | abgedeckt | verbessert |");
        markdown.Should().Contain("## Neue Befunde\n\n- Ziel AR-1 ist nur teilweise abgedeckt (IC1003)\n");
    }

    [Fact]
    public void Text_NoChange_SaysSo()
    {
        var report = Report(Spring, [Goal("BS-1", CoverageGrade.Covered)]);
        var text = ChangeText.Render(CoverageChange.Compare(report, report), MessageCulture.German);

        text.Should().Contain("Ziele des gesamtstädtischen Konzepts\n  Keine Veränderung.\n");
        text.Should().Contain("Neue Befunde\n  keine\n");
    }

    [Fact]
    public void Json_IsParseableAndCarriesEveryPart()
    {
        var json = ChangeJson.Render(Change());
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;

        root.GetProperty("kind").GetString().Should().Be("coverageChange");
        root.GetProperty("before").GetProperty("evaluationDate").GetString().Should().Be("2012-03-31");
        root.GetProperty("coveredPercentChange").GetDecimal().Should().Be(0m);
        root.GetProperty("goals")[0].GetProperty("transition").GetString().Should().Be("improved");
        root.GetProperty("goals")[1].GetProperty("after").GetString().Should().Be("partlyCovered");
        root.GetProperty("actionFields")[0].GetProperty("coveredPercentChange").GetDecimal().Should().Be(100m);
        root.GetProperty("appearedFindings")[0].GetProperty("ruleId").GetString().Should().Be("IC1003");
        root.GetProperty("resolvedFindings")[0].GetProperty("elementId").GetString().Should().Be("BS-1");
        root.GetProperty("indicatorLights")[0].GetProperty("after").GetString().Should().Be("red");
        json.Should().Be(ChangeJson.Render(Change()), "the rendering is deterministic").And.EndWith("}\n");
    }

    [Fact]
    public void Feedback_Text_ShowsProvenanceFindingsAndDecisions()
    {
        var feedback = new FeedbackDocument("Rückkopplung Ehrang/Quint", "Trier", "Entwurf 2011", [
            new FeedbackProposal("R-1", ProposalKind.Deficit, new ProposalProvenance("Ehrang/Quint", "Stadtteilkonzept", "Entwurf 2011", new LocalDate(2011, 10, 31)),
                "Anerkennung ausländischer Berufsabschlüsse", new ElementId<Goal>("AR-1"), new ElementId<ActionField>("AR"), "AR-1",
                [new FindingReference("IC1002", "AR-1")], ProposalDecision.Adopt(new ElementId<Goal>("AR-1"), "Beschluss 2011", new LocalDate(2011, 12, 13))),
            new FeedbackProposal("R-2", ProposalKind.Potential, new ProposalProvenance("Ehrang/Quint", "Stadtteilkonzept", "Entwurf 2011", new LocalDate(2011, 10, 31)),
                "Straßenfest", null, null, "EQ-5", decision: ProposalDecision.Reject("kein gesamtstädtisches Ziel")),
        ]);

        var german = ChangeText.Render(feedback, MessageCulture.German);
        var english = ChangeMarkdown.Render(feedback, MessageCulture.English);

        german.Should().Contain("2 Vorschläge: 0 offen, 1 übernommen, 1 abgelehnt");
        german.Should().Contain("R-1 · Defizit: Anerkennung ausländischer Berufsabschlüsse\n  - betrifft: Ziel AR-1 (Handlungsfeld AR)\n  - Herkunft: Ehrang/Quint, Stadtteilkonzept (Fassung „Entwurf 2011“), Stichtag 31.10.2011\n  - Befunde: IC1002 AR-1\n  - Entscheidung: übernommen als Ziel AR-1 in Fassung „Beschluss 2011“ am 13.12.2011\n");
        german.Should().Contain("R-2 · Potenzial: Straßenfest\n  - betrifft: neues Ziel\n");
        german.Should().Contain("Entscheidung: abgelehnt: kein gesamtstädtisches Ziel");
        english.Should().Contain("## R-2 · Potential: Straßenfest").And.Contain("- concerns: new goal").And.Contain("- Decision: rejected: kein gesamtstädtisches Ziel");
    }

    [Fact]
    public void Impact_Text_NamesChangesAndRevisits()
    {
        var draft = TestSupport.TestDocuments.ConceptBuilder("Entwurf 2011").AddGoal("BS-2", "BS", "Elternarbeit").Build();
        var adopted = TestSupport.TestDocuments.Concept();
        var plan = TestSupport.TestDocuments.PlanBuilder().AddGoal("EQ-9", "Eltern", "BS-2").Build();

        var text = ChangeText.Render(ConceptUpdateImpact.Of(draft, adopted, [plan]), MessageCulture.German);

        text.Should().Contain("von Fassung „Entwurf 2011“ zu Fassung „2011-12“");
        text.Should().Contain("BS-2 entfallen: „Elternarbeit“");
        text.Should().Contain("Zu überprüfen in Ehrang/Quint\n  - EQ-9 → BS-2: das Ziel entfällt");
        text.Should().Contain("Geänderte Grundsätze\n  keine\n");
    }
}
