using IntegrationConcept.Model;
using NodaTime;

/// <summary>
/// The draft of spring 2011 and the adopted concept with its history, derived from the Trier sample's adopted concept.
/// The differences between draft and adoption are illustrative (the public sources do not list them goal by goal);
/// the dates, the five action fields and the process (draft, district feedback, council adoption) are Trier's.
/// </summary>
internal static class TrierDraft
{
    public static readonly ConceptVersion DraftVersion = new("Entwurf 2011", ConceptStatus.Draft, validity: null);

    /// <summary>The draft: BS-1 worded without "so früh wie möglich", BS-3 still under Wohnen und Leben, no GP-2,
    /// a goal VW-3 the adoption dropped, principle G-2 worded differently and no G-4 (all illustrative).</summary>
    public static CityConcept Draft(CityConcept adopted)
    {
        var goals = new List<Goal>();
        foreach (var goal in adopted.Goals)
        {
            switch (goal.Id.Value)
            {
                case "BS-1":
                    goals.Add(new Goal(goal.Id, goal.ActionFieldId, "Sprachförderung in der Kindertagesstätte (illustrativ)"));
                    break;
                case "BS-3":
                    goals.Add(new Goal(goal.Id, new ElementId<ActionField>("WLS"), goal.Text));
                    break;
                case "GP-2":
                    break;
                default:
                    goals.Add(goal);
                    break;
            }
        }

        goals.Add(new Goal(new ElementId<Goal>("VW-3"), new ElementId<ActionField>("VW"), "Ausländerbehörde als Servicestelle (illustrativ)"));
        var principles = adopted.Principles
            .Where(p => p.Id.Value != "G-4")
            .Select(p => p.Id.Value == "G-2" ? new Principle(p.Id, "Interkulturelle Öffnung der Verwaltung (illustrativ)", p.Description) : p);
        return adopted.WithVersion(DraftVersion).WithGoals(goals).WithPrinciples(principles);
    }

    /// <summary>The adopted concept as the sample's file has it, plus the goal the district's potential became (illustrative)
    /// and the draft as its earlier version, so that the concept history shows what changed and where it came from.</summary>
    public static CityConcept Adopted(CityConcept adopted, CityConcept draft)
        => adopted
            .WithGoals(adopted.Goals.Append(new Goal(
                new ElementId<Goal>("WLS-4"), new ElementId<ActionField>("WLS"),
                "Akteure im Stadtteil arbeiten in einer stabilen Kommunikationsstruktur zusammen (illustrativ, aus der Rückkopplung Ehrang/Quint)")))
            .WithPreviousVersions([new PreviousVersion(draft.Version, draft.Goals)]);

    public static readonly LocalDate AutumnCheck = new(2011, 10, 31);
    public static readonly LocalDate MidTermCheck = new(2012, 6, 30);
    public static readonly LocalDate PhaseOneEnd = new(2014, 12, 31);
    public static readonly LocalDate Adoption = new(2011, 12, 13);
}
