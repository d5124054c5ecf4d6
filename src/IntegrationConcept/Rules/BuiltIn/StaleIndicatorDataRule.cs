using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using static IntegrationConcept.Rules.BuiltIn.Arguments;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>IC4004: the latest measurement of an indicator (of the plan or the city concept) is older than the parameter's months at the evaluation date.</summary>
internal sealed class StaleIndicatorDataRule : ICoverageRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "IC4004",
        new LocalizedText("Daten veraltet", "Stale data"),
        RuleCategory.Evaluation,
        Severity.Warning,
        new LocalizedText(
            "Die letzte Messung des Indikators {0} „{1}“ stammt vom {2} und ist am Stichtag {3} älter als {4} Monate.",
            "The latest measurement of indicator {0} '{1}' dates from {2} and is older than {4} months at the evaluation date {3}."),
        [RuleParameter.Number(RuleCatalog.MaxAgeMonths, 24m, new LocalizedText(
            "Alter in Monaten, ab dem die letzte Messung eines Indikators als veraltet gilt.",
            "Age in months above which the latest measurement of an indicator counts as stale."), minimum: 1m)]);

    public void Check(RuleContext context, FindingSink findings)
    {
        var months = (int)decimal.Min(context.Parameters.GetNumber(RuleCatalog.MaxAgeMonths), 1200m);
        var monthsArgument = MessageArgument.FromNumber(months);
        var date = Date(context.EvaluationDate);
        for (var i = 0; i < context.Concept.Indicators.Count; i++)
        {
            var indicator = context.Concept.Indicators[i];
            if (indicator.LatestMeasurementDate is { } latest && latest.PlusMonths(months) < context.EvaluationDate)
            {
                if (findings.Admits(DocumentKind.CityConcept, ElementKind.Indicator))
                {
                    var subject = context.Subject(DocumentKind.CityConcept, ElementKind.Indicator, context.Concept.Indicators, i, indicator.Name);
                    findings.Report(subject.Reference, Args(subject.IdAndName[0], subject.IdAndName[1], Date(latest), date, monthsArgument), null);
                }
            }
        }

        for (var i = 0; i < context.Plan.Indicators.Count; i++)
        {
            var indicator = context.Plan.Indicators[i];
            if (indicator.LatestMeasurementDate is { } latest && latest.PlusMonths(months) < context.EvaluationDate)
            {
                if (findings.Admits(DocumentKind.DistrictPlan, ElementKind.Indicator))
                {
                    var subject = context.Subject(DocumentKind.DistrictPlan, ElementKind.Indicator, context.Plan.Indicators, i, indicator.Name);
                    findings.Report(subject.Reference, Args(subject.IdAndName[0], subject.IdAndName[1], Date(latest), date, monthsArgument), null);
                }
            }
        }
    }
}
