using System.Collections.Generic;
using System.Globalization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using static IntegrationConcept.Rendering.Content.ContentWriter;

namespace IntegrationConcept.Rendering.Content;

/// <summary>Builds the content of a matrix report: districts at a glance, the heatmap, goals per field × districts, ideas to transfer.</summary>
internal static class MatrixContentBuilder
{
    public static ReportContent Build(CoverageMatrix matrix, CultureInfo culture)
    {
        var writer = new ContentWriter(culture);
        var f = writer.Format;
        var title = f.L(ContentTexts.MatrixTitle);
        writer.Heading(1, title, "bericht");
        writer.List(
        [
            f.F(ContentTexts.ConceptLine, matrix.ConceptTitle, matrix.ConceptVersion),
            f.F(ContentTexts.Districts, string.Join(", ", matrix.Districts)),
            f.F(ContentTexts.EvaluationDate, f.Date(matrix.EvaluationDate)),
        ]);

        writer.Heading(2, f.L(ContentTexts.AtAGlance), "auf-einen-blick");
        writer.Paragraph(f.L(MatrixTexts.Combined) + PlanContentBuilder.CoverageSentence(f, matrix.Combined, severalDistricts: true), isLead: true);
        var rows = new List<TableRow>(matrix.Reports.Count + 1);
        foreach (var report in matrix.Reports)
        {
            rows.Add(CountsRow(f, report.District, report.Overall, isTotal: false));
        }

        rows.Add(CountsRow(f, f.L(MatrixTexts.Together), matrix.Combined, isTotal: true));
        var header = PlanContentBuilder.FieldHeader(f, f.L(MatrixTexts.District));
        header[^1] = f.L(MatrixTexts.Share);
        writer.Table(f.L(MatrixTexts.DistrictsTable), header, rows);
        Heatmap(writer, matrix);
        GoalTables(writer, matrix);
        Transfer(writer, matrix);
        Appendix(writer, matrix);
        return new ReportContent(f.Table, title, writer.Blocks);
    }

    private static TableRow CountsRow(ContentFormat f, string label, CoverageCounts c, bool isTotal)
    {
        var share = c.CoveredPercent is { } p ? f.WholePercent(p) : f.L(ContentTexts.Dash);
        TableCell[] cells =
        [
            Cell(label), Cell(ContentFormat.Count(c.InScope)), Cell(ContentFormat.Count(c.Covered)), Cell(ContentFormat.Count(c.PartlyCovered)),
            Cell(ContentFormat.Count(c.Uncovered)), Cell(ContentFormat.Count(c.OutOfScope)), Cell(share),
        ];
        return new TableRow(cells, isTotal);
    }

    private static Dictionary<ElementId<ActionField>, List<GoalCoverageRow>> GoalsByField(CoverageMatrix matrix)
    {
        var byField = new Dictionary<ElementId<ActionField>, List<GoalCoverageRow>>();
        foreach (var field in matrix.ActionFields)
        {
            byField.TryAdd(field.ActionFieldId, []);
        }

        foreach (var goal in matrix.Goals)
        {
            if (byField.TryGetValue(goal.ActionFieldId, out var list))
            {
                list.Add(goal);
            }
        }

        return byField;
    }

    private static void Heatmap(ContentWriter writer, CoverageMatrix matrix)
    {
        var f = writer.Format;
        var byField = GoalsByField(matrix);
        var groups = new List<HeatmapGroup>(matrix.ActionFields.Count);
        foreach (var field in matrix.ActionFields)
        {
            var rows = new List<HeatmapRow>();
            foreach (var goal in byField[field.ActionFieldId])
            {
                rows.Add(new HeatmapRow(goal.GoalId.Value + " " + goal.Text, goal.Grades.AsImmutableArray()));
            }

            groups.Add(new HeatmapGroup(f.FieldName(field.Name, field.EnglishName), rows));
        }

        var legend = new[] { f.L(ContentTexts.CoveredColumn), f.L(ContentTexts.PartlyColumn), f.L(ContentTexts.UncoveredColumn), f.L(ContentTexts.OutOfScopeColumn) };
        writer.Figure(f.L(MatrixTexts.HeatmapTitle), f.L(MatrixTexts.HeatmapDescription), new HeatmapChart(matrix.Districts.AsImmutableArray(), groups, legend));
    }

    private static void GoalTables(ContentWriter writer, CoverageMatrix matrix)
    {
        var f = writer.Format;
        writer.Heading(2, f.L(MatrixTexts.GoalsByDistrict), "ziele");
        var byField = GoalsByField(matrix);
        var header = new string[matrix.Districts.Count + 2];
        header[0] = f.L(ContentTexts.Goal);
        for (var d = 0; d < matrix.Districts.Count; d++)
        {
            header[d + 1] = matrix.Districts[d];
        }

        header[^1] = f.L(MatrixTexts.Together);
        for (var i = 0; i < matrix.ActionFields.Count; i++)
        {
            var field = matrix.ActionFields[i];
            var name = f.FieldName(field.Name, field.EnglishName);
            writer.Heading(3, name, Anchor("feld", i));
            writer.Paragraph(PlanContentBuilder.CoverageSentence(f, field.Combined, severalDistricts: true));
            var goals = byField[field.ActionFieldId];
            if (goals.Count == 0)
            {
                writer.Paragraph(f.L(ContentTexts.NoGoals));
                continue;
            }

            var rows = new List<TableRow>(goals.Count);
            foreach (var goal in goals)
            {
                var cells = new TableCell[goal.Grades.Count + 2];
                cells[0] = Cell(goal.GoalId.Value + " " + goal.Text);
                for (var d = 0; d < goal.Grades.Count; d++)
                {
                    cells[d + 1] = Cell(f.Grade(goal.Grades[d]), ContentFormat.Tone(goal.Grades[d]));
                }

                cells[^1] = Cell(f.Grade(goal.Combined), ContentFormat.Tone(goal.Combined));
                rows.Add(new TableRow(cells));
            }

            writer.Table(f.F(MatrixTexts.GoalsTable, name), header, rows);
        }
    }

    private static void Transfer(ContentWriter writer, CoverageMatrix matrix)
    {
        var f = writer.Format;
        writer.Heading(2, f.L(MatrixTexts.Transfer), "ideen");
        writer.Paragraph(f.L(MatrixTexts.TransferLead));
        var items = new List<string>();
        foreach (var report in matrix.Reports)
        {
            foreach (var potential in report.Feedback.Potentials)
            {
                items.Add(report.District + ": " + potential.DistrictGoalId.Value + " " + f.Quote(potential.Text));
            }
        }

        writer.List(items.Count == 0 ? [f.L(IndicatorTexts.NoneItem)] : items);
    }

    private static void Appendix(ContentWriter writer, CoverageMatrix matrix)
    {
        var f = writer.Format;
        writer.Heading(2, f.L(IndicatorTexts.Appendix), "anhang");
        writer.Paragraph(f.L(MatrixTexts.AppendixLead));
        var rows = new List<TableRow>(matrix.Reports.Count);
        foreach (var report in matrix.Reports)
        {
            var deferred = 0;
            foreach (var finding in report.Findings)
            {
                deferred += finding.IsSuppressed ? 1 : 0;
            }

            rows.Add(Row(
                Cell(report.District), Cell(ContentFormat.Count(report.Count(Severity.Error))), Cell(ContentFormat.Count(report.Count(Severity.Warning))),
                Cell(ContentFormat.Count(report.Count(Severity.Info))), Cell(ContentFormat.Count(deferred))));
        }

        string[] header = [f.L(MatrixTexts.District), f.L(MatrixTexts.Errors), f.L(MatrixTexts.Warnings), f.L(MatrixTexts.Infos), f.L(MatrixTexts.Deferred)];
        writer.Table(f.L(MatrixTexts.AppendixTable), header, rows);
    }
}
