using System.Collections.Generic;
using IntegrationConcept.Internal;
using IntegrationConcept.Model.Validation;

namespace IntegrationConcept.Model;

/// <summary>
/// A district plan (Stadtteilkonzept): how one district takes up the city concept for its needs and potentials,
/// with its goals, measures, actors, bodies, target groups and indicators, what it declares out of scope, and
/// the rule findings it suppresses with a justification.
/// </summary>
/// <remarks>
/// A district plan is immutable and always structurally valid: the constructor checks ids, texts, periods,
/// indicator data and every reference inside the plan, and throws one <see cref="ModelValidationException"/>
/// listing every problem. References to the city concept (refined goals, principles, approaches, out-of-scope
/// elements) are checked by the rule engine, which is given both documents.
/// </remarks>
public sealed record DistrictPlan
{
    /// <summary>Creates a district plan and checks its structure.</summary>
    /// <param name="title">The title.</param>
    /// <param name="district">The district.</param>
    /// <param name="concept">The city concept and version it takes up.</param>
    /// <param name="validity">The period the plan covers, if set.</param>
    /// <param name="observations">Needs and potentials from the data collection.</param>
    /// <param name="goals">The district goals.</param>
    /// <param name="measures">The measures.</param>
    /// <param name="actors">The actors.</param>
    /// <param name="bodies">The bodies.</param>
    /// <param name="targetGroups">The target groups.</param>
    /// <param name="indicators">The indicators.</param>
    /// <param name="outOfScope">City elements declared not applicable to the district.</param>
    /// <param name="suppressions">Justified suppressions of rule findings.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="title"/>, <paramref name="district"/> or <paramref name="concept"/> is <see langword="null"/>.</exception>
    /// <exception cref="System.ArgumentException">A list contains <see langword="null"/>; the message names the list and the position.</exception>
    /// <exception cref="ModelValidationException">The plan has structural problems; all of them are listed.</exception>
    public DistrictPlan(
        string title,
        District district,
        ConceptReference concept,
        Timeframe? validity = null,
        IEnumerable<Observation>? observations = null,
        IEnumerable<DistrictGoal>? goals = null,
        IEnumerable<Measure>? measures = null,
        IEnumerable<Actor>? actors = null,
        IEnumerable<Body>? bodies = null,
        IEnumerable<TargetGroup>? targetGroups = null,
        IEnumerable<Indicator>? indicators = null,
        IEnumerable<OutOfScopeDeclaration>? outOfScope = null,
        IEnumerable<Suppression>? suppressions = null)
    {
        Title = Guard.NotNull(title);
        District = Guard.NotNull(district);
        Concept = Guard.NotNull(concept);
        Validity = validity;
        Observations = new ElementCollection<Observation>(observations);
        Goals = new ElementCollection<DistrictGoal>(goals);
        Measures = new ElementCollection<Measure>(measures);
        Actors = new ElementCollection<Actor>(actors);
        Bodies = new ElementCollection<Body>(bodies);
        TargetGroups = new ElementCollection<TargetGroup>(targetGroups);
        Indicators = new ElementCollection<Indicator>(indicators);
        OutOfScope = outOfScope.ToValueList();
        Suppressions = suppressions.ToValueList();
        var problems = DistrictPlanValidator.Validate(this);
        if (problems.HasProblems)
        {
            throw new ModelValidationException(ElementKind.DistrictPlan, problems.Problems);
        }
    }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the district.</summary>
    public District District { get; }

    /// <summary>Gets the city concept and version the plan takes up.</summary>
    public ConceptReference Concept { get; }

    /// <summary>Gets the period the plan covers, if set.</summary>
    public Timeframe? Validity { get; }

    /// <summary>Gets the needs and potentials.</summary>
    public ElementCollection<Observation> Observations { get; }

    /// <summary>Gets the district goals.</summary>
    public ElementCollection<DistrictGoal> Goals { get; }

    /// <summary>Gets the measures.</summary>
    public ElementCollection<Measure> Measures { get; }

    /// <summary>Gets the actors.</summary>
    public ElementCollection<Actor> Actors { get; }

    /// <summary>Gets the bodies.</summary>
    public ElementCollection<Body> Bodies { get; }

    /// <summary>Gets the target groups.</summary>
    public ElementCollection<TargetGroup> TargetGroups { get; }

    /// <summary>Gets the indicators.</summary>
    public ElementCollection<Indicator> Indicators { get; }

    /// <summary>Gets the city elements declared out of scope.</summary>
    public ValueList<OutOfScopeDeclaration> OutOfScope { get; }

    /// <summary>Gets the suppressions of rule findings.</summary>
    public ValueList<Suppression> Suppressions { get; }

    /// <summary>Returns a copy with other measures.</summary>
    /// <param name="measures">The new measures.</param>
    /// <returns>The new plan.</returns>
    /// <exception cref="ModelValidationException">The result has structural problems.</exception>
    public DistrictPlan WithMeasures(IEnumerable<Measure> measures)
        => new(Title, District, Concept, Validity, Observations, Goals, measures, Actors, Bodies, TargetGroups, Indicators, OutOfScope, Suppressions);

    /// <summary>Returns a copy with other district goals.</summary>
    /// <param name="goals">The new goals.</param>
    /// <returns>The new plan.</returns>
    /// <exception cref="ModelValidationException">The result has structural problems.</exception>
    public DistrictPlan WithGoals(IEnumerable<DistrictGoal> goals)
        => new(Title, District, Concept, Validity, Observations, goals, Measures, Actors, Bodies, TargetGroups, Indicators, OutOfScope, Suppressions);

    /// <summary>Returns a copy with other indicators.</summary>
    /// <param name="indicators">The new indicators.</param>
    /// <returns>The new plan.</returns>
    /// <exception cref="ModelValidationException">The result has structural problems.</exception>
    public DistrictPlan WithIndicators(IEnumerable<Indicator> indicators)
        => new(Title, District, Concept, Validity, Observations, Goals, Measures, Actors, Bodies, TargetGroups, indicators, OutOfScope, Suppressions);

    /// <summary>Returns a copy with other out-of-scope declarations.</summary>
    /// <param name="outOfScope">The new declarations.</param>
    /// <returns>The new plan.</returns>
    /// <exception cref="ModelValidationException">The result has structural problems.</exception>
    public DistrictPlan WithOutOfScope(IEnumerable<OutOfScopeDeclaration> outOfScope)
        => new(Title, District, Concept, Validity, Observations, Goals, Measures, Actors, Bodies, TargetGroups, Indicators, outOfScope, Suppressions);

    /// <summary>Returns a copy with other suppressions.</summary>
    /// <param name="suppressions">The new suppressions.</param>
    /// <returns>The new plan.</returns>
    /// <exception cref="ModelValidationException">The result has structural problems.</exception>
    public DistrictPlan WithSuppressions(IEnumerable<Suppression> suppressions)
        => new(Title, District, Concept, Validity, Observations, Goals, Measures, Actors, Bodies, TargetGroups, Indicators, OutOfScope, suppressions);

    /// <summary>Returns a copy that takes up another concept version.</summary>
    /// <param name="concept">The new reference.</param>
    /// <returns>The new plan.</returns>
    /// <exception cref="ModelValidationException">The result has structural problems.</exception>
    public DistrictPlan WithConcept(ConceptReference concept)
        => new(Title, District, concept, Validity, Observations, Goals, Measures, Actors, Bodies, TargetGroups, Indicators, OutOfScope, Suppressions);
}
