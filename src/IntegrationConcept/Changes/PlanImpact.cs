using System.Collections.Generic;
using IntegrationConcept.Internal;
using IntegrationConcept.Model;

namespace IntegrationConcept.Changes;

/// <summary>What one district plan must revisit after a concept update.</summary>
public sealed record PlanImpact
{
    /// <summary>Creates a plan's impact.</summary>
    /// <param name="district">The district's name.</param>
    /// <param name="planTitle">The plan's title.</param>
    /// <param name="planConceptVersion">The label of the concept version the plan takes up.</param>
    /// <param name="goals">Its district goals that refine removed, reworded or moved city goals, in plan order.</param>
    /// <param name="measures">Its measures that apply removed or reworded principles, in plan order.</param>
    /// <exception cref="System.ArgumentNullException">A text is <see langword="null"/>.</exception>
    public PlanImpact(
        string district, string planTitle, string planConceptVersion, IEnumerable<DistrictGoalRevisit>? goals = null, IEnumerable<MeasureRevisit>? measures = null)
    {
        District = Guard.NotNull(district);
        PlanTitle = Guard.NotNull(planTitle);
        PlanConceptVersion = Guard.NotNull(planConceptVersion);
        Goals = goals.ToValueList();
        Measures = measures.ToValueList();
    }

    /// <summary>Gets the district's name.</summary>
    public string District { get; }

    /// <summary>Gets the plan's title.</summary>
    public string PlanTitle { get; }

    /// <summary>Gets the label of the concept version the plan takes up.</summary>
    public string PlanConceptVersion { get; }

    /// <summary>Gets the district goals to revisit (one entry per district goal and change of a goal it refines).</summary>
    public ValueList<DistrictGoalRevisit> Goals { get; }

    /// <summary>Gets the measures to revisit (one entry per measure and change of a principle it applies).</summary>
    public ValueList<MeasureRevisit> Measures { get; }

    /// <summary>Gets whether the plan must revisit anything.</summary>
    public bool HasWork => Goals.Count > 0 || Measures.Count > 0;
}
