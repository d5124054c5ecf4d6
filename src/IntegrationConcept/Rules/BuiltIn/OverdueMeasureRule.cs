using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using static IntegrationConcept.Rules.BuiltIn.Arguments;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>IC4001: a measure whose end lies before the evaluation date and that is neither completed nor cancelled (ending on the evaluation date is not overdue).</summary>
internal sealed class OverdueMeasureRule : ICoverageRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "IC4001",
        new LocalizedText("Maßnahme überfällig", "Measure overdue"),
        RuleCategory.Evaluation,
        Severity.Warning,
        new LocalizedText(
            "Die Maßnahme {0} „{1}“ sollte am {2} enden, ist am Stichtag {3} aber nicht abgeschlossen (Status: {4}).",
            "Measure {0} '{1}' should have ended on {2} but is not completed at the evaluation date {3} (status: {4})."));

    private static readonly LocalizedText ReasonEndBeforeDate = new("Ende {0} liegt vor dem Stichtag {1}", "end {0} lies before the evaluation date {1}");

    public void Check(RuleContext context, FindingSink findings)
    {
        var date = context.EvaluationDate;
        MessageArgument? dateArgument = null;
        for (var m = 0; m < context.Plan.Measures.Count; m++)
        {
            var measure = context.Plan.Measures[m];
            if (measure.Period?.End is { } end && end < date && measure.Status is not (MeasureStatus.Completed or MeasureStatus.Cancelled)
                && findings.Admits(DocumentKind.DistrictPlan, ElementKind.Measure))
            {
                // Arguments are immutable: the evaluation date is one argument for all findings, the end one for message and reason.
                dateArgument ??= Date(date);
                var endArgument = Date(end);
                var subject = context.Subject(DocumentKind.DistrictPlan, ElementKind.Measure, context.Plan.Measures, m, measure.Name);
                findings.Report(subject.Reference, Args(subject.IdAndName[0], subject.IdAndName[1], endArgument, dateArgument, Local(Terms.Status(measure.Status))), Reasons(new LocalizedMessage(ReasonEndBeforeDate, new[] { endArgument, dateArgument })));
            }
        }
    }
}
