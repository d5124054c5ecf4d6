using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>IC1002: a city goal that no district goal refines.</summary>
internal sealed class UncoveredGoalRule : ICoverageRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "IC1002",
        new LocalizedText("Ziel nicht abgedeckt", "City goal not covered"),
        RuleCategory.Coverage,
        Severity.Warning,
        new LocalizedText(
            "Das Ziel {0} „{1}“ des gesamtstädtischen Konzepts wird von keinem Stadtteilziel aufgegriffen.",
            "City goal {0} '{1}' is refined by no district goal."));

    public void Check(RuleContext context, FindingSink findings)
    {
        for (var i = 0; i < context.GoalCoverages.Count; i++)
        {
            if (context.GoalCoverages[i].Grade == CoverageGrade.Uncovered)
            {
                var goal = context.Concept.Goals[i];
                if (findings.Admits(DocumentKind.CityConcept, ElementKind.Goal))
                {
                    var subject = context.Subject(DocumentKind.CityConcept, ElementKind.Goal, context.Concept.Goals, i, goal.Text);
                    findings.Report(subject.Reference, subject.IdAndName, context.GoalCoverageReasons[i]);
                }
            }
        }
    }
}
