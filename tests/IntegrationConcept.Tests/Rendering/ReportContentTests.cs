using FluentAssertions;
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
        row.Cells[^1].Text.Should().Be("rot: deutlich hinter Plan");
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
