using System.Collections.Generic;
using System.Globalization;
using IntegrationConcept.Changes;
using IntegrationConcept.Localization;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rendering.Changes;

/// <summary>Builds the format-neutral rendering of a <see cref="CoverageChange"/> in one language.</summary>
internal sealed class ChangeContent(CultureInfo culture)
{
    private readonly LanguageTable _table = LanguageTable.For(culture);
    private readonly Language _language = LanguageTable.For(culture).BaseLanguage;

    public CultureInfo Culture { get; } = culture;

    public string L(LocalizedText text) => _table.Text(text);

    public string Fill(LocalizedText template, params string[] values)
    {
        var arguments = new MessageArgument[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            arguments[i] = MessageArgument.FromText(values[i]);
        }

        return new LocalizedMessage(template, arguments).Render(Culture);
    }

    public string Date(NodaTime.LocalDate date) => MessageCulture.FormatDate(date, Culture);

    public string Points(decimal? points)
        => points is not { } p ? "–" : (p > 0 ? "+" : string.Empty) + MessageCulture.FormatNumber(p, Culture);

    public ChangeDocument Build(CoverageChange change)
    {
        var document = new ChangeDocument(L(ChangeTexts.ChangeTitle) + " – " + change.After.District);
        document.Lines.Add(Check(ChangeTexts.Before, change.Before));
        document.Lines.Add(Check(ChangeTexts.After, change.After));
        document.Lines.Add(Fill(
            ChangeTexts.Overall,
            Count(change.Before.Overall.Covered), Count(change.Before.Overall.InScope),
            Count(change.After.Overall.Covered), Count(change.After.Overall.InScope), Points(change.CoveredPercentChange)));
        document.Lines.Add(Fill(
            ChangeTexts.Summary,
            Count(change.CountGoals(GradeTransition.Improved)), Count(change.CountGoals(GradeTransition.Worsened)),
            Count(change.CountGoals(GradeTransition.Unchanged)), Count(change.CountGoals(GradeTransition.NewlyInScope)),
            Count(change.CountGoals(GradeTransition.NewlyOutOfScope)), Count(change.CountGoals(GradeTransition.Added)),
            Count(change.CountGoals(GradeTransition.Removed))));

        var fields = document.Add(L(ChangeTexts.FieldsHeading));
        fields.Header = [L(ChangeTexts.ActionField), L(ChangeTexts.Before), L(ChangeTexts.After), L(ChangeTexts.Change)];
        foreach (var field in change.ActionFields)
        {
            fields.Rows.Add([
                field.DisplayName(_language), FieldState(field.Before), FieldState(field.After),
                L(ChangeTexts.Transition(field.Transition)) + (field.CoveredPercentChange is { } p ? ", " + Points(p) + " " + L(ChangeTexts.Points) : string.Empty),
            ]);
        }

        var goals = document.Add(L(ChangeTexts.GoalsHeading));
        goals.Header = [L(ChangeTexts.Goal), L(ChangeTexts.ActionField), L(ChangeTexts.Before), L(ChangeTexts.After), L(ChangeTexts.Change)];
        goals.Empty = L(ChangeTexts.Unchanged);
        foreach (var goal in change.Goals)
        {
            if (goal.Transition != GradeTransition.Unchanged)
            {
                goals.Rows.Add([goal.GoalId.Value + " " + goal.Text, goal.ActionFieldId.Value, Grade(goal.Before), Grade(goal.After), L(ChangeTexts.Transition(goal.Transition))]);
            }
        }

        Findings(document.Add(L(ChangeTexts.Appeared)), change.AppearedFindings);
        Findings(document.Add(L(ChangeTexts.Resolved)), change.ResolvedFindings);

        var lights = document.Add(L(ChangeTexts.Lights));
        lights.Header = [L(ChangeTexts.Indicator), L(ChangeTexts.Before), L(ChangeTexts.After)];
        lights.Empty = L(ChangeTexts.None);
        foreach (var light in change.IndicatorLights)
        {
            lights.Rows.Add([light.IndicatorId, L(ChangeTexts.Light(light.Before)), L(ChangeTexts.Light(light.After))]);
        }

        return document;
    }

    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private string Check(LocalizedText side, CheckSummary check)
        => Fill(ChangeTexts.CheckLine, L(side), check.PlanTitle, check.ConceptVersion, Date(check.EvaluationDate));

    private string Grade(CoverageGrade? grade) => grade is { } g ? L(Terms.Grade(g)) : "–";

    private string FieldState(ActionFieldCoverage? field)
        => field is null ? "–" : L(Terms.Grade(field.Grade)) + (field.Goals.InScope > 0 ? " (" + Fill(ChangeTexts.OfInScope, Count(field.Goals.Covered), Count(field.Goals.InScope)) + ")" : string.Empty);

    private void Findings(ChangeSection section, IEnumerable<Finding> findings)
    {
        section.Empty = L(ChangeTexts.None);
        foreach (var finding in findings)
        {
            section.Bullets.Add(finding.Message(Culture) + " (" + finding.RuleId + ")");
        }
    }
}
