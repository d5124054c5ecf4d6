using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using static IntegrationConcept.Rules.BuiltIn.Arguments;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>
/// IC1005: no measure reaches residents with and without a migration background together: no target group of a
/// measure comprises both, and no measure has one target group with and another without.
/// </summary>
internal sealed class NoMixedParticipationRule : ICoverageRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "IC1005",
        new LocalizedText("Keine Maßnahme für Menschen mit und ohne Migrationshintergrund", "No measure for people with and without a migration background"),
        RuleCategory.Coverage,
        Severity.Warning,
        new LocalizedText(
            "Keine Maßnahme des Stadtteilkonzepts {0} erreicht Bewohnerinnen und Bewohner mit und ohne Migrationshintergrund gemeinsam.",
            "No measure of the district plan {0} reaches residents with and without a migration background together."));

    public void Check(RuleContext context, FindingSink findings)
    {
        var groups = context.Plan.TargetGroups;
        foreach (var measure in context.Plan.Measures)
        {
            var with = false;
            var without = false;
            foreach (var id in measure.TargetGroupIds)
            {
                if (groups.TryGet(id, out var group))
                {
                    with |= group.MigrationBackground is MigrationBackground.With or MigrationBackground.Both;
                    without |= group.MigrationBackground is MigrationBackground.Without or MigrationBackground.Both;
                }
            }

            if (with && without)
            {
                return;
            }
        }

        findings.Report(context.PlanReference, Args(Text(context.Plan.District.Name)), null);
    }
}
