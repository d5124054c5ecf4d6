using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using NodaTime;

namespace IntegrationConcept.Tests.Changes;

/// <summary>Coverage reports built by hand, so that each test states the grades and findings it compares.</summary>
internal static class ChangeFixtures
{
    public static readonly LocalDate Spring = new(2012, 3, 31);
    public static readonly LocalDate End = new(2014, 12, 31);

    public static GoalCoverage Goal(string id, CoverageGrade grade, string field = "BS", string? text = null)
        => new(new ElementId<Goal>(id), new ElementId<ActionField>(field), text ?? "Ziel " + id, grade);

    public static ActionFieldCoverage Field(string id, CoverageGrade grade, int covered, int partly, int uncovered, int outOfScope = 0)
        => new(new ElementId<ActionField>(id), "Feld " + id, "Field " + id, grade, new CoverageCounts(covered, partly, uncovered, outOfScope));

    public static Finding Finding(string ruleId, DocumentKind document, ElementKind kind, string? id, int index = 0, string text = "Befund")
        => new(ruleId, Severity.Warning, RuleCategory.Coverage, new ElementReference(document, kind, id, index), new LocalizedMessage(new LocalizedText(text, text)));

    public static Finding OnGoal(string ruleId, string goalId, int index = 0, string text = "Befund")
        => Finding(ruleId, DocumentKind.CityConcept, ElementKind.Goal, goalId, index, text);

    public static Finding OnIndicator(string ruleId, string indicatorId, int index = 0)
        => Finding(ruleId, DocumentKind.DistrictPlan, ElementKind.Indicator, indicatorId, index);

    public static CoverageReport Report(
        LocalDate date,
        IEnumerable<GoalCoverage>? goals = null,
        IEnumerable<ActionFieldCoverage>? fields = null,
        IEnumerable<Finding>? findings = null,
        ConceptFeedback? feedback = null,
        string conceptVersion = "Beschluss 2011",
        string district = "Ehrang/Quint")
        => new(district, "Stadtteilkonzept " + district, "Trier", "Integrationskonzept", conceptVersion, conceptVersion, date, "Standard",
            findings, goals, fields, null, feedback ?? new ConceptFeedback());
}
