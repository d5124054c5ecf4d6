using System;
using System.Collections.Generic;
using IntegrationConcept.Model;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rules;

/// <summary>References to elements, for the subjects of findings.</summary>
public sealed partial class RuleContext
{
    /// <summary>Gets a reference to the district plan as a whole; its id is the district's name.</summary>
    public ElementReference PlanReference => new(DocumentKind.DistrictPlan, ElementKind.DistrictPlan, Plan.District.Name);

    /// <summary>Makes a reference to a member of the district plan as a whole, such as its <c>validity</c>.</summary>
    /// <param name="member">The member's name in the document, such as "validity".</param>
    /// <returns>The reference; its id is the district's name.</returns>
    public ElementReference PlanMemberReference(string member)
        => new(DocumentKind.DistrictPlan, ElementKind.DistrictPlan, Plan.District.Name, null, member);

    /// <summary>Makes a reference to a member of the plan's reference to its concept, such as <c>versionLabel</c>.</summary>
    /// <param name="member">The member's name in the document, such as "versionLabel" or "municipality".</param>
    /// <returns>The reference; its id is the version label the plan takes up.</returns>
    public ElementReference ConceptReferenceMember(string member)
        => new(DocumentKind.DistrictPlan, ElementKind.ConceptReference, Plan.Concept.VersionLabel, null, member);

    /// <summary>Makes a reference to the element at a position in one of the documents' lists (constant time).</summary>
    /// <param name="document">The document.</param>
    /// <param name="kind">
    /// The list: in the concept <see cref="ElementKind.Principle"/>, <see cref="ElementKind.ActionField"/>,
    /// <see cref="ElementKind.Goal"/>, <see cref="ElementKind.Approach"/>, <see cref="ElementKind.CityMeasure"/> or
    /// <see cref="ElementKind.Indicator"/>; in the plan <see cref="ElementKind.Observation"/>,
    /// <see cref="ElementKind.DistrictGoal"/>, <see cref="ElementKind.Measure"/>, <see cref="ElementKind.Actor"/>,
    /// <see cref="ElementKind.Body"/>, <see cref="ElementKind.TargetGroup"/>, <see cref="ElementKind.Indicator"/>,
    /// <see cref="ElementKind.OutOfScopeDeclaration"/> or <see cref="ElementKind.Suppression"/>.
    /// </param>
    /// <param name="position">The position in that list.</param>
    /// <param name="member">The member of the element the reference points at, such as "period" or "targets[1]"; <see langword="null"/> for the element itself.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentException">The document has no list of that kind.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> lies outside the list.</exception>
    /// <example><c>findings.Report(context.Reference(DocumentKind.DistrictPlan, ElementKind.Measure, m, "period"), ...)</c></example>
    public ElementReference Reference(DocumentKind document, ElementKind kind, int position, string? member = null)
        => new(document, kind, IdAt(document, kind, position), position, member);

    /// <summary>Makes a reference to a city goal.</summary>
    /// <param name="goal">The goal.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentException">The concept has no goal with this id.</exception>
    public ElementReference Reference(Goal goal)
        => new(DocumentKind.CityConcept, ElementKind.Goal, Id(goal?.Id.Value), Position(_check.ConceptIndex.Goals, goal!.Id));

    /// <summary>Makes a reference to an action field.</summary>
    /// <param name="actionField">The action field.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentException">The concept has no action field with this id.</exception>
    public ElementReference Reference(ActionField actionField)
        => new(DocumentKind.CityConcept, ElementKind.ActionField, Id(actionField?.Id.Value), Position(_check.ConceptIndex.ActionFields, actionField!.Id));

    /// <summary>Makes a reference to a principle.</summary>
    /// <param name="principle">The principle.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentException">The concept has no principle with this id.</exception>
    public ElementReference Reference(Principle principle)
        => new(DocumentKind.CityConcept, ElementKind.Principle, Id(principle?.Id.Value), Position(_check.ConceptIndex.Principles, principle!.Id));

    /// <summary>Makes a reference to a district goal.</summary>
    /// <param name="goal">The district goal.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentException">The plan has no district goal with this id.</exception>
    public ElementReference Reference(DistrictGoal goal)
        => new(DocumentKind.DistrictPlan, ElementKind.DistrictGoal, Id(goal?.Id.Value), Position(_check.PlanIndex.Goals, goal!.Id));

    /// <summary>Makes a reference to a measure.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentException">The plan has no measure with this id.</exception>
    public ElementReference Reference(Measure measure)
        => new(DocumentKind.DistrictPlan, ElementKind.Measure, Id(measure?.Id.Value), Position(_check.PlanIndex.Measures, measure!.Id));

    /// <summary>Makes a reference to an indicator of the district plan.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentException">The plan has no indicator with this id.</exception>
    public ElementReference Reference(Indicator indicator)
        => new(DocumentKind.DistrictPlan, ElementKind.Indicator, Id(indicator?.Id.Value), Position(_check.PlanIndex.Indicators, indicator!.Id));

    private string IdAt(DocumentKind document, ElementKind kind, int position)
    {
        var concept = Concept;
        var plan = Plan;
        return (document, kind) switch
        {
            (DocumentKind.CityConcept, ElementKind.Principle) => concept.Principles[CheckPosition(position, concept.Principles.Count)].Id.Value,
            (DocumentKind.CityConcept, ElementKind.ActionField) => concept.ActionFields[CheckPosition(position, concept.ActionFields.Count)].Id.Value,
            (DocumentKind.CityConcept, ElementKind.Goal) => concept.Goals[CheckPosition(position, concept.Goals.Count)].Id.Value,
            (DocumentKind.CityConcept, ElementKind.Approach) => concept.Approaches[CheckPosition(position, concept.Approaches.Count)].Id.Value,
            (DocumentKind.CityConcept, ElementKind.CityMeasure) => concept.Measures[CheckPosition(position, concept.Measures.Count)].Id.Value,
            (DocumentKind.CityConcept, ElementKind.Indicator) => concept.Indicators[CheckPosition(position, concept.Indicators.Count)].Id.Value,
            (DocumentKind.DistrictPlan, ElementKind.Observation) => plan.Observations[CheckPosition(position, plan.Observations.Count)].Id.Value,
            (DocumentKind.DistrictPlan, ElementKind.DistrictGoal) => plan.Goals[CheckPosition(position, plan.Goals.Count)].Id.Value,
            (DocumentKind.DistrictPlan, ElementKind.Measure) => plan.Measures[CheckPosition(position, plan.Measures.Count)].Id.Value,
            (DocumentKind.DistrictPlan, ElementKind.Actor) => plan.Actors[CheckPosition(position, plan.Actors.Count)].Id.Value,
            (DocumentKind.DistrictPlan, ElementKind.Body) => plan.Bodies[CheckPosition(position, plan.Bodies.Count)].Id.Value,
            (DocumentKind.DistrictPlan, ElementKind.TargetGroup) => plan.TargetGroups[CheckPosition(position, plan.TargetGroups.Count)].Id.Value,
            (DocumentKind.DistrictPlan, ElementKind.Indicator) => plan.Indicators[CheckPosition(position, plan.Indicators.Count)].Id.Value,
            (DocumentKind.DistrictPlan, ElementKind.OutOfScopeDeclaration) => plan.OutOfScope[CheckPosition(position, plan.OutOfScope.Count)].ElementId,
            (DocumentKind.DistrictPlan, ElementKind.Suppression) => plan.Suppressions[CheckPosition(position, plan.Suppressions.Count)].ElementId,
            _ => throw new ArgumentException($"The {document} has no list of {kind} elements to refer to by position.", nameof(kind)),
        };
    }

    private static string Id(string? id) => id ?? throw new ArgumentNullException(nameof(id), "The element is null.");

    private static int Position<T>(Dictionary<ElementId<T>, int> positions, ElementId<T> id)
        => positions.TryGetValue(id, out var position)
            ? position
            : throw new ArgumentException($"The document has no {typeof(T).Name} with id '{id}'.", nameof(id));
}
