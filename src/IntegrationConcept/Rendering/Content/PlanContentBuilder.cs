using System.Collections.Generic;
using System.Globalization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using static IntegrationConcept.Rendering.Content.ContentWriter;

namespace IntegrationConcept.Rendering.Content;

/// <summary>Builds the content of one district's report: header, "Auf einen Blick", goals by field, indicators, findings, feedback, appendix.</summary>
internal static class PlanContentBuilder
{
    public static ReportContent Build(CoverageReport report, DistrictPlan plan, CultureInfo culture, decimal yellow, decimal red)
    {
        var writer = new ContentWriter(culture);
        var f = writer.Format;
        var index = new PlanIndex(plan, report);
        var ratings = new List<IndicatorRating>(plan.Indicators.Count);
        foreach (var indicator in plan.Indicators)
        {
            ratings.Add(IndicatorRating.Of(indicator, report.EvaluationDate, yellow, red));
        }

        var title = f.F(ContentTexts.PlanTitle, report.District);
        writer.Heading(1, title, "bericht");
        Header(writer, report);
        Summary(writer, report, index, ratings);
        GoalSections.Write(writer, report, index);
        IndicatorSection.Write(writer, report, ratings, yellow, red);
        FindingSections.Write(writer, report, index);
        return new ReportContent(f.Table, title, writer.Blocks);
    }

    private static void Header(ContentWriter writer, CoverageReport report)
    {
        var f = writer.Format;
        var lines = new List<string>
        {
            f.F(ContentTexts.PlanChecked, report.PlanTitle),
            f.F(ContentTexts.ConceptLine, report.ConceptTitle, report.ConceptVersion),
        };
        if (report.PlanConceptVersion != report.ConceptVersion)
        {
            lines.Add(f.F(ContentTexts.TakesUpOther, report.PlanConceptVersion, report.ConceptVersion));
        }

        lines.Add(f.F(ContentTexts.EvaluationDate, f.Date(report.EvaluationDate)));
        lines.Add(f.F(ContentTexts.Profile, ProfileName(f, report.RuleSetName)));
        writer.List(lines);
    }

    internal static string ProfileName(ContentFormat f, string ruleSetName)
        => ruleSetName == DefaultRuleSetName ? f.L(ContentTexts.StandardProfile) : ruleSetName;

    // The name of the built-in default rule set (RuleSet.Default; Rendering does not reach into Rules).
    private const string DefaultRuleSetName = "default";

    private static void Summary(ContentWriter writer, CoverageReport report, PlanIndex index, List<IndicatorRating> ratings)
    {
        var f = writer.Format;
        writer.Heading(2, f.L(ContentTexts.AtAGlance), "auf-einen-blick");
        writer.Paragraph(CoverageSentence(f, report.Overall), isLead: true);
        var principles = report.PrincipleTotals;
        if (principles.InScope > 0)
        {
            writer.Paragraph(f.F(ContentTexts.PrinciplesLine, Count(principles.Covered), Count(principles.InScope)));
        }

        if (ratings.Count > 0)
        {
            var counts = new int[6];
            foreach (var rating in ratings)
            {
                counts[(int)rating.Kind]++;
            }

            writer.Paragraph(f.F(
                ContentTexts.IndicatorsLine,
                Count(counts[(int)RatingKind.Green]), Count(counts[(int)RatingKind.Yellow]), Count(counts[(int)RatingKind.Red]),
                Count(counts[(int)RatingKind.NotMeasured]), Count(counts[(int)RatingKind.Qualitative]), Count(counts[(int)RatingKind.NotRatable])));
        }

        writer.Heading(3, f.L(ContentTexts.OpenPoints), "offene-punkte");
        writer.List(OpenPoints.Of(f, report, index, ratings));

        var bars = new List<CoverageBar>(report.ActionFields.Count);
        var rows = new List<TableRow>(report.ActionFields.Count + 1);
        foreach (var field in report.ActionFields)
        {
            var name = f.FieldName(field.Name, field.EnglishName);
            var c = field.Goals;
            bars.Add(new CoverageBar(name, c.Covered, c.PartlyCovered, c.Uncovered, c.OutOfScope));
            rows.Add(Row(
                Cell(name), Cell(Count(c.InScope)), Cell(Count(c.Covered)), Cell(Count(c.PartlyCovered)), Cell(Count(c.Uncovered)),
                Cell(Count(c.OutOfScope)), Cell(f.Grade(field.Grade), ContentFormat.Tone(field.Grade))));
        }

        var o = report.Overall;
        rows.Add(TotalRow(
            Cell(f.L(ContentTexts.Total)), Cell(Count(o.InScope)), Cell(Count(o.Covered)), Cell(Count(o.PartlyCovered)), Cell(Count(o.Uncovered)),
            Cell(Count(o.OutOfScope)), Cell(f.L(ContentTexts.Dash))));
        if (bars.Count > 0)
        {
            var chart = BarChart(f, bars);
            writer.Figure(f.L(ContentTexts.BarChartTitle), BarDescription(f, bars, chart.Legend), chart);
        }

        writer.Table(f.L(ContentTexts.FieldsTable), FieldHeader(f, f.L(ContentTexts.ActionField)), rows);
    }

    internal static string[] FieldHeader(ContentFormat f, string first) =>
    [
        first, f.L(ContentTexts.InScopeColumn), f.L(ContentTexts.CoveredColumn), f.L(ContentTexts.PartlyColumn),
        f.L(ContentTexts.UncoveredColumn), f.L(ContentTexts.OutOfScopeColumn), f.L(ContentTexts.Status),
    ];

    internal static CoverageBarChart BarChart(ContentFormat f, List<CoverageBar> bars)
        => new(bars, [f.L(ContentTexts.CoveredColumn), f.L(ContentTexts.PartlyColumn), f.L(ContentTexts.UncoveredColumn), f.L(ContentTexts.OutOfScopeColumn)]);

    internal static string BarDescription(ContentFormat f, List<CoverageBar> bars, IReadOnlyList<string> legend)
    {
        var text = new System.Text.StringBuilder(f.L(ContentTexts.BarChartDescription));
        foreach (var bar in bars)
        {
            text.Append(bar.Label).Append(": ")
                .Append(legend[0]).Append(' ').Append(Count(bar.Covered)).Append(", ")
                .Append(legend[1]).Append(' ').Append(Count(bar.PartlyCovered)).Append(", ")
                .Append(legend[2]).Append(' ').Append(Count(bar.Uncovered)).Append(", ")
                .Append(legend[3]).Append(' ').Append(Count(bar.OutOfScope)).Append(". ");
        }

        return text.ToString().TrimEnd();
    }

    internal static string CoverageSentence(ContentFormat f, CoverageCounts counts, bool severalDistricts = false)
    {
        var place = f.L(severalDistricts ? ContentTexts.InDistricts : ContentTexts.InDistrict);
        if (counts.InScope == 0)
        {
            return f.F(ContentTexts.NoGoalInScope, place);
        }

        var text = f.F(counts.Total == 1 ? ContentTexts.GoalsInScopeOne : ContentTexts.GoalsInScope, Count(counts.InScope), Count(counts.Total), place);
        if (counts.OutOfScope > 0)
        {
            text += f.F(ContentTexts.DeclaredOutOfScope, Count(counts.OutOfScope));
        }

        text += f.F(ContentTexts.OfThese, Count(counts.Covered), Count(counts.PartlyCovered), Count(counts.Uncovered));
        return text + " " + f.F(ContentTexts.Share, f.WholePercent(counts.CoveredPercent ?? 0m), Count(counts.Covered), Count(counts.InScope), place);
    }

    private static string Count(int value) => ContentFormat.Count(value);
}
