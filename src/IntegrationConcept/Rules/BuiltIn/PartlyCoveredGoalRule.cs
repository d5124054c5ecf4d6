using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using static IntegrationConcept.Rules.BuiltIn.Arguments;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>IC1003: a city goal that is refined, but by no operational district goal; names what is missing.</summary>
internal sealed class PartlyCoveredGoalRule : ICoverageRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "IC1003",
        new LocalizedText("Ziel nur teilweise abgedeckt", "City goal only partly covered"),
        RuleCategory.Coverage,
        Severity.Warning,
        new LocalizedText(
            "Das Ziel {0} „{1}“ ist nur teilweise abgedeckt: {2}.",
            "City goal {0} '{1}' is only partly covered: {2}."));

    public void Check(RuleContext context, FindingSink findings)
    {
        for (var i = 0; i < context.GoalCoverages.Count; i++)
        {
            var coverage = context.GoalCoverages[i];
            if (coverage.Grade == CoverageGrade.PartlyCovered)
            {
                var criteria = new LocalizedText[coverage.MissingCriteria.Count];
                for (var k = 0; k < criteria.Length; k++)
                {
                    criteria[k] = Terms.Criterion(coverage.MissingCriteria[k]);
                }

                var goal = context.Concept.Goals[i];
                if (findings.Admits(DocumentKind.CityConcept, ElementKind.Goal))
                {
                    var subject = context.Subject(DocumentKind.CityConcept, ElementKind.Goal, context.Concept.Goals, i, goal.Text);
                    findings.Report(subject.Reference, Args(subject.IdAndName[0], subject.IdAndName[1], MessageArgument.FromLocalizedList(criteria)), context.GoalCoverageReasons[i]);
                }
            }
        }
    }
}
