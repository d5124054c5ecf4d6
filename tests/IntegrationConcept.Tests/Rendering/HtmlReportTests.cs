using System.Security.Cryptography;
using System.Text;
using AngleSharp.Dom;
using FluentAssertions;
using IntegrationConcept.Rendering.Content;
using IntegrationConcept.Rendering.Html;
using Xunit;
using static IntegrationConcept.Tests.Rendering.RenderingSamples;

namespace IntegrationConcept.Tests.Rendering;

public sealed partial class HtmlReportTests
{
    private static string TrierHtml(System.Globalization.CultureInfo culture) => HtmlReport.Render(ReportContent.ForPlan(TrierReport(), EhrangQuint, culture));

    [Fact]
    public void Render_Trier_IsWellFormedHtml5WithoutParseErrors()
    {
        var (document, errors) = Parse(TrierHtml(German));

        errors.Should().BeEmpty();
        document.DocumentElement.GetAttribute("lang").Should().Be("de");
        document.Doctype.Should().NotBeNull();
        document.Title.Should().Be("Bericht zur Umsetzung im Stadtteil Ehrang/Quint");
    }

    [Fact]
    public void Render_Trier_HasTheChaptersAReaderNeedsInOrder()
    {
        var (document, _) = Parse(TrierHtml(German));

        document.QuerySelectorAll("h1").Select(h => h.TextContent).Should().Equal("Bericht zur Umsetzung im Stadtteil Ehrang/Quint");
        document.QuerySelectorAll("section > h2").Select(h => h.TextContent).Should().Equal(
            "Auf einen Blick", "Ziele nach Handlungsfeldern", "Indikatoren", "Hinweise nach Handlungsfeldern",
            "Rückmeldung an das gesamtstädtische Konzept", "Technischer Anhang");
        document.QuerySelectorAll("nav a").Select(a => a.GetAttribute("href")).Should().Equal(
            "#auf-einen-blick", "#ziele", "#indikatoren", "#hinweise", "#rueckmeldung", "#anhang");
        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        ids.Should().OnlyHaveUniqueItems();
        document.QuerySelectorAll("a[href^='#']").Select(a => a.GetAttribute("href")![1..]).Should().BeSubsetOf(ids);
    }

    [Fact]
    public void Render_Trier_EveryTableHasACaptionAndScopedHeaderCells()
    {
        var (document, _) = Parse(TrierHtml(German));
        var tables = document.QuerySelectorAll("table");

        tables.Should().HaveCountGreaterThan(6);
        foreach (var table in tables)
        {
            table.QuerySelector("caption")!.TextContent.Should().NotBeNullOrWhiteSpace();
            var columns = table.QuerySelectorAll("thead th");
            columns.Should().NotBeEmpty().And.OnlyContain(th => th.GetAttribute("scope") == "col");
            foreach (var row in table.QuerySelectorAll("tbody tr"))
            {
                row.Children.Should().HaveCount(columns.Length);
                row.Children[0].LocalName.Should().Be("th");
                row.Children[0].GetAttribute("scope").Should().Be("row");
            }
        }
    }

    [Fact]
    public void Render_Trier_IsSelfContainedAndForbidsScripts()
    {
        var html = TrierHtml(German);
        var (document, _) = Parse(html);

        document.QuerySelectorAll("script, link, iframe, object, embed, img").Should().BeEmpty();
        document.QuerySelectorAll("[src]").Should().BeEmpty();
        document.QuerySelectorAll("[href]").Select(a => a.GetAttribute("href")).Should().OnlyContain(href => href!.StartsWith('#'));
        document.QuerySelectorAll("[style]").Should().BeEmpty("inline style attributes would need 'unsafe-inline'");
        var csp = document.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content")!;
        csp.Should().StartWith("default-src 'none';").And.NotContain("unsafe").And.NotContain("script-src");
        var style = document.QuerySelectorAll("style").Should().ContainSingle().Subject.TextContent;
        var hash = "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style))) + "'";
        csp.Should().Contain("style-src " + hash, "the CSP allows exactly the one style sheet in the file");
        style.Should().Contain("@media print").And.Contain("size:A4");
    }

    [Fact]
    public void Render_Trier_RuleIdsAndJsonPathsOnlyInTheAppendix()
    {
        var (document, _) = Parse(TrierHtml(German));
        var main = MainText(document);
        var appendix = document.QuerySelector("section[aria-labelledby='anhang']")!.TextContent;

        main.Should().NotMatchRegex(@"IC\d{4}").And.NotContain("$.");
        appendix.Should().Contain("IC3011").And.Contain("$.concept.versionLabel").And.Contain("IC3006");
        document.QuerySelector("section[aria-labelledby='anhang'] table:last-of-type caption")!.TextContent.Should().Be("Mit Begründung zurückgestellte Befunde");
    }

    [Fact]
    public void Render_Trier_SummarySaysWhatThePercentageCounts()
    {
        var (document, _) = Parse(TrierHtml(German));
        var lead = document.QuerySelector("#auf-einen-blick ~ p.lead")!.TextContent;

        lead.Should().Be(
            "Zu bearbeiten im Stadtteil: 8 von 12 Zielen des gesamtstädtischen Konzepts (4 als nicht zutreffend erklärt). "
            + "Davon vollständig abgedeckt: 4, teilweise abgedeckt: 2, nicht abgedeckt: 2. "
            + "Vollständig abgedeckt sind damit 50\u00A0% der im Stadtteil zu bearbeitenden Ziele (4 von 8).");
        var points = document.QuerySelectorAll("#offene-punkte + ul > li").Select(li => li.TextContent).ToList();
        points.Should().HaveCount(5);
        points[0].Should().Be("„Anerkennung ausländischer Berufsabschlüsse“ (Ausbildung, Arbeit und Weiterbildung): kein Stadtteilziel greift das Ziel auf.");
        points[^1].Should().Be("… und 2 weitere Punkte in den Tabellen unten.", "two indicators that missed their targets follow the four goals");
        document.QuerySelector("header ul.meta")!.TextContent.Should().Contain("Prüfprofil: Standard").And.Contain("Fassung Beschluss 2011")
            .And.NotContain("Regelsatz").And.NotContain("default");
    }

    [Fact]
    public void Render_Trier_GoalTableNamesDistrictGoalsMeasuresCarriersAndWhatIsMissing()
    {
        var (document, _) = Parse(TrierHtml(German));
        var row = Row(document, "BS-1 ");

        row[1].TextContent.Should().Be("◐teilweise abgedeckt");
        row[1].ClassList.Should().Contain("partly");
        row[2].TextContent.Should().Be("EQ-5: nicht begonnen (Stand 31.12.2012) – Maßnahme M-10 noch ohne Träger und Zeitraum (illustrativ / illustrative value)");
        row[3].TextContent.Should().StartWith("EQ-5 Sprachförderung vor der Einschulung");
        row[4].TextContent.Should().Be("M-10 Sprachförderung in den Kindertagesstätten des Stadtteils (ohne Träger; ohne Federführung; ohne Laufzeit; geplant)");
        row[5].TextContent.Should().Be("Es fehlt: ein Träger, eine Laufzeit, ein Ausgangswert, ein Zielwert");
        Row(document, "WLS-1 ")[3].TextContent.Should().EndWith("(Federführung: Stadtverwaltung Trier)");
        Row(document, "WLS-1 ")[4].TextContent.Should().Contain("Träger: Beirat für Migration und Integration; Federführung: Stadtverwaltung Trier; 01.04.2011–31.12.2012; abgeschlossen");
        Row(document, "WLS-2 ")[4].TextContent.Should().Contain("M-05 Straßenfest in der Siedlung (Träger: Beirat für Migration und Integration; Federführung: Stadtverwaltung Trier; am 02.07.2011; abgeschlossen)");
        Row(document, "AAW-1 ")[5].TextContent.Should().Be("Kein Stadtteilziel greift das Ziel auf.");
        Row(document, "AAW-1 ")[2].TextContent.Should().Be("nicht erfasst");
        document.QuerySelectorAll("tbody tr").Select(r => r.Children.Select(c => c.TextContent).ToArray())
            .Where(cells => cells[0].StartsWith("M-03 ", StringComparison.Ordinal)).Should().ContainEquivalentOf(
                new[] { "M-03 Schnuppermitgliedschaften in Vereinen", "2012", "–", "–", "1.240,50\u00A0€", "Stadt Trier" }, "the budget table shows each year's money");
        document.QuerySelector("#feld-5 + p")!.TextContent.Should().Be("Stand: nicht zutreffend. Keines seiner 2 Ziele ist im Stadtteil zu bearbeiten.");
        Row(document, "VW-1 ")[5].TextContent.Should().StartWith("Nicht zutreffend: ");
    }

    [Fact]
    public void Render_Trier_IndicatorTableShowsEveryIndicatorWithUnitDateAndLightInWords()
    {
        var (document, _) = Parse(TrierHtml(German));

        var yellow = Row(document, "I-1 ");
        yellow[3].TextContent.Should().Be("15\u00A0Personen (31.12.2012)");
        yellow[4].TextContent.Should().Be("20\u00A0Personen");
        yellow[5].TextContent.Should().Be("5\u00A0Personen unter Soll (25\u00A0% der geplanten Veränderung)");
        yellow[6].TextContent.Should().Be("●gelb: Zielwert verfehlt");
        yellow[6].ClassList.Should().Contain("yellow");
        var missed = Row(document, "I-4 ");
        missed[3].TextContent.Should().Be("45\u00A0Personen (31.12.2011)");
        missed[4].TextContent.Should().Be("60\u00A0Personen", "the target date 31.12.2012 has passed: the planned value is the target");
        missed[6].TextContent.Should().Be("●gelb: Zielwert verfehlt");
        Row(document, "I-2 ")[3].TextContent.Should().Be("keine Messung");
        Row(document, "I-3 ")[6].TextContent.Should().Be("○ohne Ampel: qualitativ");
        Row(document, "I-6 ")[6].TextContent.Should().Be("○ohne Ampel: Ausgangs- oder Zielwert fehlt");
        document.QuerySelector("#indikatoren ~ p")!.TextContent.Should().Contain("gelb: über 10\u00A0%, rot: über 25\u00A0%");
    }

    [Fact]
    public void Render_Trier_ChartsAreInlineSvgWithTextAlternatives()
    {
        var (document, _) = Parse(TrierHtml(German));
        var figures = document.QuerySelectorAll("figure");

        figures.Select(f => f.QuerySelector("figcaption")!.TextContent).Should().Equal(
            "Ziele je Handlungsfeld nach Stand der Abdeckung",
            "I-1 Schnuppermitgliedschaften von Kindern und Jugendlichen aus einkommensschwachen Familien: Zielpfad und Messwerte",
            "I-2 Teilnehmende Kinder an ‚Eine Reise um die Welt‘: Zielpfad und Messwerte",
            "I-4 Teilnehmende an Bewohner- und Migrantenversammlung: Zielpfad und Messwerte");
        foreach (var figure in figures)
        {
            var svg = figure.QuerySelector("svg")!;
            svg.GetAttribute("role").Should().Be("img");
            document.GetElementById(svg.GetAttribute("aria-labelledby")!)!.LocalName.Should().Be("figcaption");
            document.GetElementById(svg.GetAttribute("aria-describedby")!)!.TextContent.Should().NotBeNullOrWhiteSpace();
        }

        figures[1].QuerySelector("p.desc")!.TextContent.Should().Be(
            "Zielpfad: 0\u00A0Personen (01.03.2011), 20\u00A0Personen (31.12.2012). Messwerte: 12\u00A0Personen (31.12.2011), 15\u00A0Personen (31.12.2012). Stichtag: 31.12.2014.");
        figures[1].QuerySelectorAll("svg circle").Should().HaveCount(5, "two points of the target path, two measurements, one in the legend");
        figures[0].QuerySelector("p.desc")!.TextContent.Should().Contain("Verwaltung: vollständig abgedeckt 0, teilweise abgedeckt 0, nicht abgedeckt 0, nicht zutreffend 2.");
    }

    [Fact]
    public void Render_English_IsEnglishThroughout()
    {
        var (document, errors) = Parse(TrierHtml(English));

        errors.Should().BeEmpty();
        document.DocumentElement.GetAttribute("lang").Should().Be("en");
        document.QuerySelectorAll("section > h2").Select(h => h.TextContent).Should().Equal(
            "At a glance", "Goals by action field", "Indicators", "Findings by action field", "Feedback for the city concept", "Technical appendix");
        Row(document, "I-1 ")[6].TextContent.Should().Be("●yellow: target missed");
        Row(document, "I-1 ")[3].TextContent.Should().Be("15\u00A0Personen (2012-12-31)");
        document.QuerySelector("nav h2")!.TextContent.Should().Be("Contents");
    }

    private static IElement[] Row(IDocument document, string firstCellStart)
        => document.QuerySelectorAll("tbody tr").Single(r => r.Children[0].TextContent.StartsWith(firstCellStart, StringComparison.Ordinal)).Children.ToArray();
}
