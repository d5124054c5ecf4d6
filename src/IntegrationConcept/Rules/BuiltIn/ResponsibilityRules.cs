
namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>IC2008: a measure without a lead office (Federführung) in the administration; cancelled measures are skipped.</summary>
internal sealed class MeasureWithoutLeadOfficeRule() : BuiltInRule(RuleIds.MeasureWithoutLeadOffice)
{
    protected override void Check(CheckState state, RuleParameters parameters, FindingSink findings)
    {
        for (var m = 0; m < state.Plan.Measures.Count; m++)
        {
            var measure = state.Plan.Measures[m];
            if (measure.LeadOfficeId is null && measure.Status != Model.MeasureStatus.Cancelled)
            {
                findings.ReportOwned(state.RefMeasure(m), Text(measure.Id.Value), Text(measure.Name));
            }
        }
    }
}

/// <summary>IC2009: a measure without any budget entry; cancelled measures are skipped. Information by default.</summary>
internal sealed class MeasureWithoutBudgetRule() : BuiltInRule(RuleIds.MeasureWithoutBudget)
{
    protected override void Check(CheckState state, RuleParameters parameters, FindingSink findings)
    {
        for (var m = 0; m < state.Plan.Measures.Count; m++)
        {
            var measure = state.Plan.Measures[m];
            if (measure.Budget.Count == 0 && measure.Status != Model.MeasureStatus.Cancelled)
            {
                findings.ReportOwned(state.RefMeasure(m), Text(measure.Id.Value), Text(measure.Name));
            }
        }
    }
}
