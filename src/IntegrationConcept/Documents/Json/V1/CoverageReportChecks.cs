using System.Collections.Generic;
using IntegrationConcept.Model;
using static IntegrationConcept.Documents.Json.V1.MappingHelpers;
using IntegrationConcept.Documents.Json.Texts;
using IntegrationConcept.Localization;

namespace IntegrationConcept.Documents.Json.V1;

/// <summary>
/// Checks a coverage report or matrix document as the concept and plan readers check theirs: the texts a checked
/// concept and plan always have are not blank, and the references between the report's own lists resolve (a goal's
/// action field among the action fields, a deficit's goal among the goals). Each problem names its path.
/// </summary>
internal static class CoverageReportChecks
{
    public static void Check(CoverageReportDocumentDto dto, string root = "$")
    {
        Text(dto.District, root + ".district");
        Text(dto.PlanTitle, root + ".planTitle");
        Text(dto.Municipality, root + ".municipality");
        Text(dto.ConceptTitle, root + ".conceptTitle");
        Text(dto.ConceptVersion, root + ".conceptVersion");
        Text(dto.PlanConceptVersion, root + ".planConceptVersion");

        var fields = new HashSet<ElementId<ActionField>>();
        for (var i = 0; i < (dto.ActionFields?.Count ?? 0); i++)
        {
            if (dto.ActionFields![i] is { } field)
            {
                Text(field.Name, Index(root + ".actionFields", i) + ".name");
                fields.Add(field.ActionFieldId);
            }
        }

        var goals = new HashSet<ElementId<Goal>>();
        for (var i = 0; i < (dto.Goals?.Count ?? 0); i++)
        {
            if (dto.Goals![i] is { } goal)
            {
                var path = Index(root + ".goals", i);
                Text(goal.Text, path + ".text");
                Resolves(fields, goal.ActionFieldId, path + ".actionFieldId", ReportTexts.ActionField, "actionFields");
                goals.Add(goal.GoalId);
            }
        }

        for (var i = 0; i < (dto.Principles?.Count ?? 0); i++)
        {
            if (dto.Principles![i] is { } principle)
            {
                Text(principle.Name, Index(root + ".principles", i) + ".name");
            }
        }

        for (var i = 0; i < (dto.Feedback?.Deficits?.Count ?? 0); i++)
        {
            if (dto.Feedback!.Deficits![i] is { } deficit)
            {
                var path = Index(root + ".feedback.deficits", i);
                Text(deficit.Text, path + ".text");
                Resolves(goals, deficit.GoalId, path + ".goalId", ReportTexts.Goal, "goals");
                Resolves(fields, deficit.ActionFieldId, path + ".actionFieldId", ReportTexts.ActionField, "actionFields");
            }
        }

        for (var i = 0; i < (dto.Feedback?.Potentials?.Count ?? 0); i++)
        {
            if (dto.Feedback!.Potentials![i] is { } potential)
            {
                Text(potential.Text, Index(root + ".feedback.potentials", i) + ".text");
            }
        }
    }

    public static void Check(CoverageMatrixDocumentDto dto)
    {
        Text(dto.Municipality, "$.municipality");
        Text(dto.ConceptTitle, "$.conceptTitle");
        Text(dto.ConceptVersion, "$.conceptVersion");
        var fields = new HashSet<ElementId<ActionField>>();
        for (var i = 0; i < (dto.ActionFields?.Count ?? 0); i++)
        {
            if (dto.ActionFields![i] is { } field)
            {
                Text(field.Name, Index("$.actionFields", i) + ".name");
                fields.Add(field.ActionFieldId);
            }
        }

        for (var i = 0; i < (dto.Goals?.Count ?? 0); i++)
        {
            if (dto.Goals![i] is { } goal)
            {
                var path = Index("$.goals", i);
                Text(goal.Text, path + ".text");
                Resolves(fields, goal.ActionFieldId, path + ".actionFieldId", ReportTexts.ActionField, "actionFields");
            }
        }
    }

    private static void Text(string? value, string path)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new MappingException(path, ReportTexts.EmptyText);
        }
    }

    private static void Resolves<T>(HashSet<ElementId<T>> known, ElementId<T> reference, string path, LocalizedText what, string list)
    {
        if (!known.Contains(reference))
        {
            throw new MappingException(path, ReportTexts.NoSuchElement.Format(what, TextFormat.Quoted(reference.Value), list));
        }
    }
}
