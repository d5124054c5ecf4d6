using IntegrationConcept.Localization;
using IntegrationConcept.Results;
using static IntegrationConcept.Rules.BuiltIn.Arguments;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>IC3014: the plan's term (validity) ended before the evaluation date.</summary>
internal sealed class PlanPastTermRule : ICoverageRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "IC3014",
        new LocalizedText("Laufzeit des Stadtteilkonzepts abgelaufen", "District plan past its term"),
        RuleCategory.Consistency,
        Severity.Warning,
        new LocalizedText(
            "Die Laufzeit des Stadtteilkonzepts endete am {0}; Stichtag ist der {1}. Das Konzept sollte fortgeschrieben werden.",
            "The district plan's term ended on {0}; the evaluation date is {1}. The plan should be updated."));

    public void Check(RuleContext context, FindingSink findings)
    {
        if (context.Plan.Validity?.End is { } end && end < context.EvaluationDate)
        {
            findings.Report(context.PlanMemberReference("validity"), Args(Date(end), Date(context.EvaluationDate)), null);
        }
    }
}
