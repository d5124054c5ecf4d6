using FluentAssertions;
using IntegrationConcept.Model;
using IntegrationConcept.Model.Building;
using IntegrationConcept.Rendering.Content;
using IntegrationConcept.Rendering.Html;
using IntegrationConcept.Tests.TestSupport;
using NodaTime;
using Xunit;
using static IntegrationConcept.Tests.Rendering.RenderingSamples;

namespace IntegrationConcept.Tests.Rendering;

public sealed partial class HtmlReportTests
{
    private const string Hostile = "<script>alert(\"x\")</script> O'Neil & \"Söhne\" {1} <img src=x onerror=alert(1)>";

    private static (CityConcept Concept, DistrictPlan Plan) HostileDocuments()
    {
        var concept = new CityConceptBuilder("Konzept " + Hostile, new Municipality("Stadt " + Hostile), new ConceptVersion("v " + Hostile, ConceptStatus.Adopted))
            .AddPrinciple("G-1", "Grundsatz " + Hostile)
            .AddActionField("BS", "Feld " + Hostile, "Field " + Hostile)
            .AddGoal("BS-1", "BS", "Ziel " + Hostile)
            .AddGoal("BS-2", "BS", "Zweites Ziel " + Hostile)
            .Build();
        var plan = new DistrictPlanBuilder("Plan " + Hostile, new District("Bezirk " + Hostile), new ConceptReference("Stadt " + Hostile, "v " + Hostile))
            .AddActor("a", "Träger " + Hostile, ActorKind.Association)
            .AddIndicator("I-1", "Indikator " + Hostile, IndicatorMeasureType.Quantitative, IndicatorDirection.Increase, i => i
                .Unit("<b>&</b>").Baseline(new LocalDate(2020, 1, 1), 0m).Target(new LocalDate(2022, 1, 1), 10m).Measurement(new LocalDate(2021, 1, 1), 1m, Hostile))
            .AddGoal("EQ-1", "Stadtteilziel " + Hostile, ["BS-1"], ["I-1"])
            .AddDistrictSpecificGoal("EQ-2", "Eigenes Ziel " + Hostile, "BS")
            .AddMeasure("M-1", "Maßnahme " + Hostile, m => m.Carrier("a").Serves("EQ-1").Period(new LocalDate(2020, 1, 1)))
            .DeclareOutOfScope(ElementKind.Goal, "BS-2", "Begründung " + Hostile)
            .Build();
        return (concept, plan);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("en-GB")]
    public void Render_TextsWithMarkup_ComeOutAsInertText(string cultureName)
    {
        var (concept, plan) = HostileDocuments();
        var report = TestDocuments.Check(plan, concept, date: new LocalDate(2021, 6, 1));
        var culture = System.Globalization.CultureInfo.GetCultureInfo(cultureName);

        var html = HtmlReport.Render(ReportContent.ForPlan(report, plan, culture));
        var (document, errors) = Parse(html);

        errors.Should().BeEmpty();
        document.QuerySelectorAll("script, img, b").Should().BeEmpty("markup in the documents must stay text");
        document.QuerySelectorAll("[onerror]").Should().BeEmpty();
        html.Should().NotContain("<script>").And.Contain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; O&#39;Neil &amp; &quot;Söhne&quot;");
        document.Title.Should().Contain(Hostile);
        document.Body!.TextContent.Should().Contain("Stadtteilziel " + Hostile).And.Contain("Maßnahme " + Hostile).And.Contain("Begründung " + Hostile)
            .And.Contain("Eigenes Ziel " + Hostile).And.Contain("1\u00A0<b>&</b>");
        document.Body.TextContent.Should().Contain("{1}", "a placeholder inside a document's text is never filled");
    }

    [Fact]
    public void Render_Matrix_IsWellFormedWithAHeatmapAndOneTablePerField()
    {
        var matrix = new IntegrationConcept.Checking.CoverageChecker().CheckAll(
            TrierConcept, [EhrangQuint, EhrangQuint.WithConcept(EhrangQuint.Concept)], TrierDate);

        var (document, errors) = Parse(HtmlReport.Render(ReportContent.ForMatrix(matrix, German)));

        errors.Should().BeEmpty();
        document.QuerySelectorAll("h1").Should().ContainSingle().Which.TextContent.Should().Be("Bericht zur Umsetzung in den Stadtteilen");
        var heatmap = document.QuerySelectorAll("figure svg").Should().ContainSingle().Subject;
        heatmap.QuerySelectorAll("rect").Length.Should().BeGreaterThan(12 * 2, "one cell per goal and district, plus group rows and legend");
        heatmap.TextContent.Should().Contain("BS-1 Sprachförderung").And.Contain("Bildung und Sprache");
        document.QuerySelectorAll("section[aria-labelledby='ziele'] table").Should().HaveCount(TrierConcept.ActionFields.Count);
        document.QuerySelector("section[aria-labelledby='ziele'] table thead")!.TextContent.Should().Contain("Ehrang/Quint").And.Contain("Zusammen");
        MainText(document).Should().NotMatchRegex(@"IC\d{4}").And.NotContain("$.");
    }
}
