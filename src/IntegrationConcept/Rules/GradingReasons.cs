using System.Collections.Generic;
using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rules;

/// <summary>Why a city goal has its grade: no refinement, what the closest district goal lacks, the sub-goal it is graded through.</summary>
internal static class GradingReasons
{
    public static readonly LocalizedText NotOperational = new(
        "Stadtteilziel {0} konkretisiert das Ziel, ist aber noch nicht operationalisiert: {1}",
        "district goal {0} refines the goal but is not operational: {1}");

    public static readonly LocalizedText NoRefinement = new("kein Stadtteilziel konkretisiert das Ziel", "no district goal refines the goal");

    public static readonly LocalizedText ThroughSubGoal = new("bewertet über das Unterziel {0}", "graded through sub-goal {0}");

    // Shared by every goal that has them: messages and lists are immutable.
    private static readonly LocalizedMessage NoRefinementMessage = new(NoRefinement);
    private static readonly ValueList<LocalizedMessage> NoReasons = new(null);
    private static readonly ValueList<LocalizedMessage> NoRefinementReasons = new(new[] { NoRefinementMessage });

    /// <param name="grade">The goal's grade.</param>
    /// <param name="missing">What the closest refining district goal lacks, for a partly covered goal.</param>
    /// <param name="closest">The closest refining district goal (of the goal or the sub-goal it is graded through).</param>
    /// <param name="through">The sub-goal whose grade the goal takes, if any.</param>
    public static ValueList<LocalizedMessage> For(CoverageGrade grade, List<MissingCriterion>? missing, DistrictGoal? closest, Goal? through)
    {
        LocalizedMessage? first = null;
        if (grade == CoverageGrade.PartlyCovered)
        {
            first = new LocalizedMessage(NotOperational, new[]
            {
                MessageArgument.FromText(closest!.Id.Value),
                MessageArgument.FromLocalizedList(missing!.ConvertAll(Terms.Criterion)),
            });
        }
        else if (grade == CoverageGrade.Uncovered)
        {
            first = NoRefinementMessage;
        }

        if (through is not null && grade != CoverageGrade.Uncovered)
        {
            var viaSubGoal = new LocalizedMessage(ThroughSubGoal, new[] { MessageArgument.FromText(through.Id.Value) });
            return new ValueList<LocalizedMessage>(first is null ? new[] { viaSubGoal } : new[] { first, viaSubGoal });
        }

        return first is null ? NoReasons : ReferenceEquals(first, NoRefinementMessage) ? NoRefinementReasons : new ValueList<LocalizedMessage>(new[] { first });
    }
}
