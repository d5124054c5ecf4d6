using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>IC2007: an indicator that does not say where its figures come from.</summary>
internal sealed class IndicatorWithoutDataSourceRule : ICoverageRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "IC2007",
        new LocalizedText("Indikator ohne Datenquelle", "Indicator without a data source"),
        RuleCategory.Operationalisation,
        Severity.Info,
        new LocalizedText(
            "Der Indikator {0} „{1}“ nennt keine Datenquelle.",
            "Indicator {0} '{1}' names no data source."));

    public void Check(RuleContext context, FindingSink findings)
    {
        for (var i = 0; i < context.Plan.Indicators.Count; i++)
        {
            var indicator = context.Plan.Indicators[i];
            if (string.IsNullOrWhiteSpace(indicator.DataSource))
            {
                if (findings.Admits(DocumentKind.DistrictPlan, ElementKind.Indicator))
                {
                    var subject = context.Subject(DocumentKind.DistrictPlan, ElementKind.Indicator, context.Plan.Indicators, i, indicator.Name);
                    findings.Report(subject.Reference, subject.IdAndName, null);
                }
            }
        }
    }
}
