using IntegrationConcept.Model;
using IntegrationConcept.Model.Building;

namespace IntegrationConcept.Suggestions.Evaluation;

/// <summary>One labelled pair: a district goal or measure text and the city goal it refines.</summary>
internal sealed record LabelledItem(string Kind, string ExpectedGoalId, string Source, string Text);

/// <summary>Reads the evaluation concept and the labelled set from the tab-separated files in data/.</summary>
internal static class EvaluationData
{
    public static CityConcept ReadConcept(string path)
    {
        var builder = new CityConceptBuilder(
            "Integrationskonzept für die Auswertung (illustrativ)",
            new Municipality("Trier"),
            new ConceptVersion("Auswertung", ConceptStatus.Draft));
        var fields = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in Rows(path, 4))
        {
            if (fields.Add(row[0]))
            {
                builder.AddActionField(row[0], row[1]);
            }

            builder.AddGoal(row[2], row[0], row[3], GoalLevel.Action);
        }

        return builder.Build();
    }

    public static List<LabelledItem> ReadItems(string path)
        => Rows(path, 4).Select(r => new LabelledItem(r[0], r[1], r[2], r[3])).ToList();

    private static IEnumerable<string[]> Rows(string path, int columns)
    {
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length != columns)
            {
                throw new InvalidDataException($"{path}:{number}: expected {columns} tab-separated columns, found {cells.Length}.");
            }

            yield return cells;
        }
    }
}
