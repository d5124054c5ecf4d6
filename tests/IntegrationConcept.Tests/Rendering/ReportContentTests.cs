using FluentAssertions;
using IntegrationConcept.Model;
using IntegrationConcept.Rendering.Content;
using IntegrationConcept.Tests.TestSupport;
using Xunit;
using static IntegrationConcept.Tests.Rendering.RenderingSamples;

namespace IntegrationConcept.Tests.Rendering;

public sealed class ReportContentTests
{
    [Fact]
    public void ForPlan_Trier_StartsWithTheTitleAndEndsWithTheAppendix()
    {
        var content = ReportContent.ForPlan(TrierReport(), EhrangQuint, German);

        content.Title.Should().Be("Bericht zur Umsetzung im Stadtteil Ehrang/Quint");
        content.Blocks[0].Should().BeOfType<HeadingBlock>().Which.Level.Should().Be(1);
        content.Blocks.OfType<HeadingBlock>().Last(h => h.Level == 2).Text.Should().Be("Technischer Anhang");
        content.Blocks.OfType<FigureBlock>().Should().HaveCount(4);
        content.Language.Should().Be(IntegrationConcept.Localization.Language.German);
    }

    [Fact]
    public void ForPlan_PlanOfAnotherDistrict_ThrowsNamingBoth()
    {
        var act = () => ReportContent.ForPlan(TrierReport(), TestDocuments.PlanBuilder("Trier-Nord").Build(), German);

        act.Should().Throw<ArgumentException>().WithParameterName("plan")
            .WithMessage("*Trier-Nord*Ehrang/Quint*");
    }

    [Fact]
    public void ForPlan_OtherTolerances_RatesIndicatorsWithThem()
    {
        var content = ReportContent.ForPlan(TrierReport(), EhrangQuint, German, yellowTolerancePercent: 10m, redTolerancePercent: 20m);

        var table = content.Blocks.OfType<TableBlock>().Single(t => t.Caption.StartsWith("Indikatoren", StringComparison.Ordinal));
        var row = table.Rows.Single(r => r.Cells[0].Text.StartsWith("I-1 ", StringComparison.Ordinal));
        row.Cells[^1].Tone.Should().Be(ContentTone.Red, "25 % deviation is above the red tolerance of 20 %");
        row.Cells[^1].Text.Should().Be("rot: Zielwert deutlich verfehlt", "the target date 31.12.2012 has passed at the evaluation date");
    }

    [Theory]
    [InlineData("2013-06-01", null, "rund 20\u00A0Personen", "grün: im Plan", null)]
    [InlineData("2014-01-01", "25", "30\u00A0Personen", "gelb: hinter Plan", null)]
    [InlineData("2014-06-01", null, "30\u00A0Personen", "rot: Zielwert deutlich verfehlt", "IC4006")]
    [InlineData("2014-06-01", "31", "30\u00A0Personen", "grün: Zielwert erreicht", "IC4005")]
    [InlineData("2014-06-01", "28", "30\u00A0Personen", "grün: Zielwert knapp verfehlt", "IC4006")]
    [InlineData("2014-06-01", "25", "30\u00A0Personen", "gelb: Zielwert verfehlt", "IC4006")]
    public void ForPlan_FinalTargetDatePassed_LightSaysReachedOrMissedLikeTheRules(string date, string? atTargetDate, string planned, string light, string? outcomeRule)
    {
        // Baseline 10 (2012-01-01), target 30 (2014-01-01), measured 20 (2013-01-01) and perhaps again at the target date.
        // On the target date itself the light still follows the path (as IC4002/IC4003 do); only after it the outcome counts.
        var evaluation = NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;
        var plan = TestDocuments.PlanBuilder()
            .AddIndicator("I-9", "Teilnehmende", IndicatorMeasureType.Quantitative, IndicatorDirection.Increase, i =>
            {
                i.Unit("Personen").Source("Zählung").Baseline(new NodaTime.LocalDate(2012, 1, 1), 10m).Target(new NodaTime.LocalDate(2014, 1, 1), 30m)
                    .Measurement(new NodaTime.LocalDate(2013, 1, 1), 20m);
                if (atTargetDate is not null)
                {
                    i.Measurement(new NodaTime.LocalDate(2014, 1, 1), decimal.Parse(atTargetDate, System.Globalization.CultureInfo.InvariantCulture));
                }
            })
            .Build();
        var report = TestDocuments.Check(plan, date: evaluation);

        var content = ReportContent.ForPlan(report, plan, German);

        var table = content.Blocks.OfType<TableBlock>().Single(t => t.Caption.StartsWith("Indikatoren", StringComparison.Ordinal));
        var row = table.Rows.Single(r => r.Cells[0].Text.StartsWith("I-9 ", StringComparison.Ordinal));
        row.Cells[^1].Text.Should().Be(light);
        var outcomes = report.Findings.Where(f => f.Subject.Id == "I-9" && f.RuleId is "IC4005" or "IC4006").Select(f => f.RuleId);
        outcomes.Should().Equal(outcomeRule is null ? [] : [outcomeRule], "the table and the findings must tell the same story");
        row.Cells[^3].Text.Should().Be(planned, "on the path before the target date (rounded to the values' precision), the target itself after it");
        var points = content.Blocks.OfType<ListBlock>().SelectMany(l => l.Items).ToList();
        if (light.StartsWith("rot: Zielwert", StringComparison.Ordinal))
        {
            points.Should().Contain("Der Indikator „Teilnehmende“ steht auf Rot: Zielwert verfehlt, gemessen 20\u00A0Personen (01.01.2013), Zielwert 30\u00A0Personen.");
        }
    }

    [Fact]
    public void TableBlock_RowWithOtherCellCount_ThrowsNamingRowAndTable()
    {
        var act = () => new TableBlock("Ziele", ["A", "B"], [new TableRow([new TableCell("x")])]);

        act.Should().Throw<ArgumentException>().WithMessage("Row 0 of table 'Ziele' has 1 cells, but the table has 2 columns.*");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void HeadingBlock_LevelOutOfRange_Throws(int level)
    {
        var act = () => new HeadingBlock(level, "Titel", "titel");

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Blocks_NullItems_AreRejected()
    {
        ((Func<ListBlock>)(() => new ListBlock(["a", null!]))).Should().Throw<ArgumentException>();
        ((Func<TableRow>)(() => new TableRow([]))).Should().Throw<ArgumentException>().WithMessage("A table row needs at least one cell.*");
        ((Func<TableCell>)(() => new TableCell(null!))).Should().Throw<ArgumentNullException>();
    }
}
