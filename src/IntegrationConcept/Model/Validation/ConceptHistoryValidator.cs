using System;
using System.Collections.Generic;
using System.Globalization;

namespace IntegrationConcept.Model.Validation;

/// <summary>
/// Checks the earlier versions of a city concept: labels unique across all versions, a well-formed term, and
/// goals with unique ids, a wording, an action field and a parent within the same version.
/// </summary>
/// <remarks>
/// An earlier version's goals may name an action field the current version no longer has (a goal moved out of a
/// dropped field), so action fields are checked for presence only.
/// </remarks>
internal static class ConceptHistoryValidator
{
    public static void Validate(ProblemCollector p, CityConcept concept)
    {
        var labels = new HashSet<string>(StringComparer.Ordinal) { concept.Version.Label };
        for (var i = 0; i < concept.PreviousVersions.Count; i++)
        {
            var previous = concept.PreviousVersions[i];
            var version = previous.Version;
            p.Text(ElementKind.PreviousVersion, null, i, "label", version.Label);
            if (!string.IsNullOrWhiteSpace(version.Label) && !labels.Add(version.Label))
            {
                p.Add(ModelProblemCode.DuplicateId, ElementKind.PreviousVersion, version.Label, i, "label",
                    ModelTexts.LabelTwice.Format(version.Label));
            }

            p.Timeframe(ElementKind.PreviousVersion, version.Label, i, "validity", version.Validity);
            if (version.Updates is { } updates && string.Equals(updates, version.Label, StringComparison.Ordinal))
            {
                p.Add(ModelProblemCode.Cycle, ElementKind.PreviousVersion, version.Label, i, "updates", ModelTexts.UpdatesItself.Format(updates));
            }

            Goals(p, previous, i);
        }
    }

    private static void Goals(ProblemCollector p, PreviousVersion previous, int index)
    {
        var label = previous.Version.Label;
        var seen = previous.Goals.HasRepeatedIds ? new HashSet<ElementId<Goal>>() : null;
        for (var j = 0; j < previous.Goals.Count; j++)
        {
            var goal = previous.Goals[j];
            if (goal.Id.IsEmpty)
            {
                p.Add(ModelProblemCode.MissingId, ElementKind.PreviousVersion, label, index, Member(j, "id"), ModelTexts.HistoryNoId.Format(j.ToString(CultureInfo.InvariantCulture), label));
            }
            else if (seen is not null && !seen.Add(goal.Id))
            {
                p.Add(ModelProblemCode.DuplicateId, ElementKind.PreviousVersion, label, index, Member(j, "id"), ModelTexts.HistoryDuplicate.Format(goal.Id.Value, label));
            }

            if (string.IsNullOrWhiteSpace(goal.Text))
            {
                p.Add(ModelProblemCode.EmptyText, ElementKind.PreviousVersion, label, index, Member(j, "text"), ModelTexts.HistoryEmptyText.Format(goal.Id.Value, label));
            }

            if (goal.ActionFieldId.IsEmpty)
            {
                p.Add(ModelProblemCode.MissingId, ElementKind.PreviousVersion, label, index, Member(j, "actionFieldId"), ModelTexts.EmptyFieldReference);
            }

            if (goal.ParentId is { } parent && !previous.Goals.Contains(parent))
            {
                p.Add(ModelProblemCode.UnresolvedReference, ElementKind.PreviousVersion, label, index, Member(j, "parentId"),
                    ModelTexts.HistoryNoParent.Format(parent.Value, label));
            }
        }
    }

    private static string Member(int goal, string member) => string.Create(CultureInfo.InvariantCulture, $"goals[{goal}].{member}");
}
