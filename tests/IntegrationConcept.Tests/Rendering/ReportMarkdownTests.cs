using FluentAssertions;
using IntegrationConcept.Rendering;
using IntegrationConcept.Tests.TestSupport;
using Xunit;

namespace IntegrationConcept.Tests.Rendering;

public sealed class ReportMarkdownTests
{
    private static string Trier() => ReportMarkdown.Render(RenderingSamples.TrierReport(), RenderingSamples.EhrangQuint, RenderingSamples.German);

    [Fact]
    public void Render_Trier_HeadingsInTheOrderOfTheHtmlReport()
    {
        var markdown = Trier();
        var at = new[] { "# Bericht zur Umsetzung im Stadtteil Ehrang/Quint\n", "\n## Auf einen Blick\n", "\n## Ziele nach Handlungsfeldern\n", "\n### Bildung und Sprache\n", "\n## Indikatoren\n", "\n## Technischer Anhang\n" }
            .Select(h => markdown.IndexOf(h, StringComparison.Ordinal)).ToArray();

        at.Should().OnlyContain(i => i >= 0).And.BeInAscendingOrder();
        markdown.Should().StartWith("# Bericht zur Umsetzung im Stadtteil Ehrang/Quint\n\n");
    }

    [Fact]
    public void Render_Trier_GoalTableIsAPipeTableWithLineBreaksInCells()
    {
        var markdown = Trier();

        markdown.Should().Contain("**Ziele im Handlungsfeld Wohnen und Leben im Stadtteil**\n\n"
            + "| Ziel | Stand | Umsetzungsstand laut Planung | Stadtteilziele | Maßnahmen (Träger; Federführung; Laufzeit; Stand) | Was fehlt / Begründung |\n"
            + "| --- | --- | --- | --- | --- | --- |\n");
        markdown.Should().Contain("M-06 Bewohnerversammlung (Träger: Beirat für Migration und Integration; Federführung: Stadtverwaltung Trier; am 20.10.2011; abgeschlossen)<br>M-07 ");
        markdown.Should().Contain("| Ziele im Stadtteil | vollständig abgedeckt |").And.Contain(" ---: |");
    }

    [Fact]
    public void Render_Trier_RuleIdsOnlyInTheAppendix()
    {
        var markdown = Trier();
        var appendix = markdown.IndexOf("## Technischer Anhang", StringComparison.Ordinal);

        markdown[..appendix].Should().NotMatchRegex(@"IC\d{4}");
        markdown[appendix..].Should().Contain("| IC1003 | Warnung | Konzept $.goals\\[0\\] | Das Ziel BS-1");
    }

    [Fact]
    public void Render_Matrix_English()
    {
        var markdown = ReportMarkdown.Render(ReportTextTests.Matrix(), ReportTextTests.English);

        markdown.Should().StartWith("# Implementation report across districts\n");
        markdown.Should().Contain("| Ehrang/Quint |").And.Contain("Trier-Nord");
    }

    [Fact]
    public void Render_MarkupInNames_IsEscaped()
    {
        var concept = TestDocuments.ConceptBuilder().AddActionField("GP", "Gesundheit | <script>alert(1)</script> *Pflege*").Build();
        var plan = TestDocuments.Plan();

        var markdown = ReportMarkdown.Render(TestDocuments.Check(plan, concept), plan, ReportTextTests.German);

        markdown.Should().Contain("Gesundheit \\| \\<script\\>alert(1)\\</script\\> \\*Pflege\\*");
        markdown.Should().NotContain("<script>");
    }
}
