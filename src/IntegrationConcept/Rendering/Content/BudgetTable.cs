using System.Collections.Generic;
using System.Text;
using IntegrationConcept.Model;
using static IntegrationConcept.Rendering.Content.ContentWriter;

namespace IntegrationConcept.Rendering.Content;

/// <summary>
/// The money of an action field's measures: one row per measure and budget year with the amounts planned, approved
/// and spent, and where the money comes from (funding programme, funder, budget line). Written only when a measure
/// of the field has a budget entry.
/// </summary>
internal static class BudgetTable
{
    public static void Write(ContentWriter writer, string caption, List<Measure> measures)
    {
        var f = writer.Format;
        var rows = new List<TableRow>();
        foreach (var measure in measures)
        {
            if (measure.Budget.Count == 0)
            {
                continue;
            }

            var years = new SortedDictionary<int, Year>();
            foreach (var entry in measure.Budget)
            {
                if (!years.TryGetValue(entry.Year, out var year))
                {
                    year = new Year();
                    years.Add(entry.Year, year);
                }

                year.Add(entry, f);
            }

            foreach (var (number, year) in years)
            {
                rows.Add(Row(
                    Cell(measure.Id.Value + " " + measure.Name),
                    Cell(ContentFormat.Count(number)),
                    Cell(Amount(f, year.Planned)),
                    Cell(Amount(f, year.Approved)),
                    Cell(Amount(f, year.Spent)),
                    Cell(year.Sources.Length == 0 ? f.L(ContentTexts.Dash) : year.Sources.ToString())));
            }
        }

        if (rows.Count == 0)
        {
            return;
        }

        string[] header =
        [
            f.L(ContentTexts.Measure), f.L(ContentTexts.BudgetYear), f.L(ContentTexts.BudgetPlanned), f.L(ContentTexts.BudgetApproved),
            f.L(ContentTexts.BudgetSpent), f.L(ContentTexts.BudgetSource),
        ];
        writer.Table(caption, header, rows);
    }

    private static string Amount(ContentFormat f, decimal? amount) => amount is { } a ? f.Money(a) : f.L(ContentTexts.Dash);

    // The sums of one budget year by kind, and the sources named for it, each once.
    private sealed class Year
    {
        private readonly HashSet<string> _seen = new(System.StringComparer.Ordinal);

        public decimal? Planned { get; private set; }

        public decimal? Approved { get; private set; }

        public decimal? Spent { get; private set; }

        public StringBuilder Sources { get; } = new();

        public void Add(BudgetEntry entry, ContentFormat f)
        {
            switch (entry.Kind)
            {
                case BudgetKind.Planned:
                    Planned = (Planned ?? 0m) + entry.AmountEur;
                    break;
                case BudgetKind.Approved:
                    Approved = (Approved ?? 0m) + entry.AmountEur;
                    break;
                default:
                    Spent = (Spent ?? 0m) + entry.AmountEur;
                    break;
            }

            var line = string.IsNullOrWhiteSpace(entry.BudgetLine) ? null : f.F(ContentTexts.BudgetLine, entry.BudgetLine);
            foreach (var source in new[] { entry.FundingProgramme, entry.Funder, line })
            {
                if (!string.IsNullOrWhiteSpace(source) && _seen.Add(source))
                {
                    Sources.Append(Sources.Length == 0 ? string.Empty : "; ").Append(source);
                }
            }
        }
    }
}
