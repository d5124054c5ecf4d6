using System;
using System.Collections.Generic;
using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rules;

/// <summary>Read-only views of the graded coverage for rules: a rule cannot cast them back to the arrays the report shares.</summary>
internal sealed class CoverageViews(Grading grading)
{
    public IReadOnlyList<GoalCoverage> Goals { get; } = Array.AsReadOnly(grading.Goals);

    public IReadOnlyList<ValueList<LocalizedMessage>> GoalReasons { get; } = Array.AsReadOnly(grading.GoalReasons);

    public IReadOnlyList<ActionFieldCoverage> ActionFields { get; } = Array.AsReadOnly(grading.ActionFields);

    public IReadOnlyList<PrincipleCoverage> Principles { get; } = Array.AsReadOnly(grading.Principles);
}
