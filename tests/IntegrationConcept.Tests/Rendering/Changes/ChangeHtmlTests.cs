using AngleSharp.Dom;
using FluentAssertions;
using IntegrationConcept.Changes;
using IntegrationConcept.Localization;
using IntegrationConcept.Rendering.Changes;
using IntegrationConcept.Results;
using NodaTime;
using Xunit;
using static IntegrationConcept.Tests.Changes.ChangeFixtures;
using static IntegrationConcept.Tests.Rendering.RenderingSamples;

namespace IntegrationConcept.Tests.Rendering.Changes;

public sealed class ChangeHtmlTests
{
    private const string Hostile = "Sprachförderung <script>alert(\"x\")</script> & 'früh'";

    private static CoverageChange Change()
    {
        var before = Report(
            Spring,
            [Goal("BS-1", CoverageGrade.Uncovered, text: Hostile), Goal("AR-1", CoverageGrade.Covered, "AR")],
            [Field("BS", CoverageGrade.Uncovered, 0, 0, 1), Field("AR", CoverageGrade.Covered, 1, 0, 0, outOfScope: 2)],
            [OnGoal("IC1002", "BS-1", text: "Ziel BS-1 ist nicht abgedeckt"), OnIndicator("IC4002", "I-1")]);
        var after = Report(
            End,
            [Goal("BS-1", CoverageGrade.Covered, text: Hostile), Goal("AR-1", CoverageGrade.PartlyCovered, "AR")],
            [Field("BS", CoverageGrade.Covered, 1, 0, 0), Field("AR", CoverageGrade.PartlyCovered, 0, 1, 0, outOfScope: 2)],
            [OnGoal("IC1003", "AR-1", text: "Ziel AR-1 ist nur teilweise abgedeckt"), OnIndicator("IC4003", "I-1")]);
        return CoverageChange.Compare(before, after);
    }

    [Fact]
    public void Render_German_IsWellFormedHtml5WithTheCspAndNoScript()
    {
        var (document, errors) = Parse(ChangeHtml.Render(Change(), MessageCulture.German));

        errors.Should().BeEmpty();
        document.Doctype.Should().NotBeNull();
        document.DocumentElement.GetAttribute("lang").Should().Be("de");
        document.Title.Should().Be("Veränderung der Umsetzung im Stadtteil – Ehrang/Quint");
        var csp = document.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content");
        csp.Should().StartWith("default-src 'none'; style-src 'sha256-").And.NotContain("unsafe-inline");
        document.QuerySelectorAll("script").Should().BeEmpty();
        document.QuerySelectorAll("ul.meta li").Select(li => li.TextContent).Should().Contain(t => t.StartsWith("vorher: ", StringComparison.Ordinal) && t.EndsWith("Stichtag 31.03.2012", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_DrawsOneBeforeAfterChartPerActionFieldWithItsValuesInText()
    {
        var change = Change();
        var (document, _) = Parse(ChangeHtml.Render(change, MessageCulture.German));

        var figures = document.QuerySelectorAll("figure");
        figures.Should().HaveCount(change.ActionFields.Count);
        var bs = figures.Single(f => f.QuerySelector("figcaption")!.TextContent == "Feld BS: Ziele vorher und nachher nach Stand der Abdeckung");
        var svg = bs.QuerySelector("svg")!;
        svg.GetAttribute("role").Should().Be("img");
        document.GetElementById(svg.GetAttribute("aria-labelledby")!)!.LocalName.Should().Be("figcaption");
        var description = document.GetElementById(svg.GetAttribute("aria-describedby")!)!.TextContent;
        description.Should().Contain("Vorher: vollständig abgedeckt 0, teilweise abgedeckt 0, nicht abgedeckt 1, nicht zutreffend 0 (nicht abgedeckt)")
            .And.Contain("Nachher: vollständig abgedeckt 1, ").And.Contain("Veränderung: verbessert, +100 Prozentpunkte.");
        svg.QuerySelectorAll("text").Select(t => t.TextContent).Should().Contain(["vorher", "nachher"]);

        // The before/after bars differ in width as the counts do; colour is not the only carrier: each segment holds its count.
        var ar = figures.Single(f => f.QuerySelector("figcaption")!.TextContent.StartsWith("Feld AR:", StringComparison.Ordinal));
        ar.QuerySelectorAll("svg text").Select(t => t.TextContent).Should().Contain("2");
    }

    [Fact]
    public void Render_TablesHaveScopedHeaderCellsAndCarryTransitionsFindingsAndLights()
    {
        var (document, _) = Parse(ChangeHtml.Render(Change(), MessageCulture.German));

        document.QuerySelectorAll("thead th").Should().NotBeEmpty().And.OnlyContain(th => th.GetAttribute("scope") == "col");
        document.QuerySelectorAll("tbody th").Should().NotBeEmpty().And.OnlyContain(th => th.GetAttribute("scope") == "row");
        Cells(document, "BS-1").Should().Equal(["BS-1 " + Hostile, "BS", "nicht abgedeckt", "abgedeckt", "verbessert"]);
        Cells(document, "AR-1").Should().Equal(["AR-1 Ziel AR-1", "AR", "abgedeckt", "teilweise abgedeckt", "verschlechtert"]);
        Cells(document, "I-1").Should().Equal(["I-1", "gelb", "rot"]);
        Section(document, "Neue Befunde").QuerySelectorAll("li").Select(li => li.TextContent).Should().Equal("Ziel AR-1 ist nur teilweise abgedeckt (IC1003)", "Befund (IC4003)");
        Section(document, "Erledigte Befunde").QuerySelectorAll("li").Select(li => li.TextContent).Should().Equal("Ziel BS-1 ist nicht abgedeckt (IC1002)", "Befund (IC4002)");
    }

    [Fact]
    public void Render_GoalTextWithMarkupStaysInertText()
    {
        var html = ChangeHtml.Render(Change(), MessageCulture.German);
        var (document, errors) = Parse(html);

        errors.Should().BeEmpty();
        html.Should().NotContain("<script").And.Contain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;früh&#39;");
        document.QuerySelectorAll("script").Should().BeEmpty();
        document.QuerySelectorAll("tbody th").Single(th => th.TextContent.StartsWith("BS-1", StringComparison.Ordinal)).Children.Should().BeEmpty();
        document.Body!.TextContent.Should().Contain(Hostile);
    }

    [Fact]
    public void Render_English_UsesEnglishLabels()
    {
        var (document, errors) = Parse(ChangeHtml.Render(Change(), MessageCulture.English));

        errors.Should().BeEmpty();
        document.DocumentElement.GetAttribute("lang").Should().Be("en");
        document.QuerySelector("h1")!.TextContent.Should().Be("Change of the implementation in the district – Ehrang/Quint");
        document.QuerySelectorAll("figcaption").Select(c => c.TextContent).Should().Contain("Field BS: goals before and after by coverage");
        Cells(document, "BS-1")[^1].Should().Be("improved");
        Section(document, "Findings resolved").Should().NotBeNull();
    }

    [Fact]
    public void Render_FeedbackAndImpact_AreWellFormedDocumentsWithoutCharts()
    {
        var feedback = new FeedbackDocument("Rückkopplung <Ehrang>", "Trier", "Entwurf 2011", [
            new FeedbackProposal("R-1", ProposalKind.Potential, new ProposalProvenance("Ehrang/Quint", "Stadtteilkonzept", "Entwurf 2011", new LocalDate(2011, 10, 31)),
                "Straßenfest & Markt", null, null, "EQ-5", decision: ProposalDecision.Reject("kein gesamtstädtisches Ziel")),
        ]);
        var draft = TestSupport.TestDocuments.ConceptBuilder("Entwurf 2011").AddGoal("BS-2", "BS", "Elternarbeit").Build();
        var plan = TestSupport.TestDocuments.PlanBuilder().AddGoal("EQ-9", "Eltern", "BS-2").Build();
        var impact = ConceptUpdateImpact.Of(draft, TestSupport.TestDocuments.Concept(), [plan]);

        var (feedbackHtml, feedbackErrors) = Parse(ChangeHtml.Render(feedback, MessageCulture.German));
        var (impactHtml, impactErrors) = Parse(ChangeHtml.Render(impact, MessageCulture.English));

        feedbackErrors.Should().BeEmpty();
        impactErrors.Should().BeEmpty();
        feedbackHtml.QuerySelector("h1")!.TextContent.Should().Be("Rückkopplung an das gesamtstädtische Konzept");
        feedbackHtml.Body!.TextContent.Should().Contain("Rückkopplung <Ehrang>").And.Contain("Straßenfest & Markt");
        impactHtml.QuerySelector("h1")!.TextContent.Should().Be("Concept update: what changed");
        impactHtml.Body!.TextContent.Should().Contain("BS-2");
        feedbackHtml.QuerySelectorAll("figure, script").Should().BeEmpty();
        impactHtml.QuerySelectorAll("figure, script").Should().BeEmpty();
    }

    [Fact]
    public void Render_NullArguments_Throw()
    {
        FluentActions.Invoking(() => ChangeHtml.Render((CoverageChange)null!, MessageCulture.German)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ChangeHtml.Render(Change(), null!)).Should().Throw<ArgumentNullException>();
    }

    private static string[] Cells(IDocument document, string firstCellStart)
        => document.QuerySelectorAll("tbody tr").Single(r => r.Children[0].TextContent.StartsWith(firstCellStart, StringComparison.Ordinal))
            .Children.Select(c => c.TextContent).ToArray();

    private static IElement Section(IDocument document, string heading)
        => document.QuerySelectorAll("section").Single(s => s.QuerySelector("h2")!.TextContent == heading);
}
