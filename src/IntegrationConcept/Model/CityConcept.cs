using System.Collections.Generic;
using IntegrationConcept.Internal;
using IntegrationConcept.Model.Validation;

namespace IntegrationConcept.Model;

/// <summary>
/// A city-wide integration concept (gesamtstädtisches Integrationskonzept): the municipality, the version,
/// principles, and goals, approaches and measures in action fields; the city-level indicators; and the earlier
/// versions with their goals (concept history).
/// </summary>
/// <remarks>
/// A city concept is immutable and always structurally valid: the constructor (and so every <c>With*</c> method)
/// checks ids, references, texts and cycles and throws one <see cref="ModelValidationException"/> that lists
/// every problem. <see cref="Building.CityConceptBuilder"/> is the convenient way to write one in code.
/// </remarks>
public sealed record CityConcept
{
    /// <summary>Creates a city concept and checks its structure.</summary>
    /// <param name="title">The title, such as "Integrationskonzept der Stadt Trier".</param>
    /// <param name="municipality">The municipality.</param>
    /// <param name="version">The version.</param>
    /// <param name="principles">The principles.</param>
    /// <param name="actionFields">The action fields.</param>
    /// <param name="goals">The goals, each in an action field.</param>
    /// <param name="approaches">The approaches.</param>
    /// <param name="measures">The measures of the city itself.</param>
    /// <param name="indicators">The city-level indicators (monitoring of the whole municipality).</param>
    /// <param name="previousVersions">The earlier versions with their goals, so that a plan on an older version can be told what changed.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="title"/>, <paramref name="municipality"/> or <paramref name="version"/> is <see langword="null"/>.</exception>
    /// <exception cref="System.ArgumentException">A list contains <see langword="null"/>; the message names the list and the position.</exception>
    /// <exception cref="ModelValidationException">The concept has structural problems; all of them are listed.</exception>
    public CityConcept(
        string title,
        Municipality municipality,
        ConceptVersion version,
        IEnumerable<Principle>? principles = null,
        IEnumerable<ActionField>? actionFields = null,
        IEnumerable<Goal>? goals = null,
        IEnumerable<Approach>? approaches = null,
        IEnumerable<CityMeasure>? measures = null,
        IEnumerable<Indicator>? indicators = null,
        IEnumerable<PreviousVersion>? previousVersions = null)
    {
        Title = Guard.NotNull(title);
        Municipality = Guard.NotNull(municipality);
        Version = Guard.NotNull(version);
        Principles = new ElementCollection<Principle>(principles);
        ActionFields = new ElementCollection<ActionField>(actionFields);
        Goals = new ElementCollection<Goal>(goals);
        Approaches = new ElementCollection<Approach>(approaches);
        Measures = new ElementCollection<CityMeasure>(measures);
        Indicators = new ElementCollection<Indicator>(indicators);
        PreviousVersions = previousVersions.ToValueList();
        var problems = CityConceptValidator.Validate(this);
        if (problems.HasProblems)
        {
            throw new ModelValidationException(ElementKind.CityConcept, problems.Problems);
        }
    }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the municipality.</summary>
    public Municipality Municipality { get; }

    /// <summary>Gets the version.</summary>
    public ConceptVersion Version { get; }

    /// <summary>Gets the principles.</summary>
    public ElementCollection<Principle> Principles { get; }

    /// <summary>Gets the action fields.</summary>
    public ElementCollection<ActionField> ActionFields { get; }

    /// <summary>Gets the goals.</summary>
    public ElementCollection<Goal> Goals { get; }

    /// <summary>Gets the approaches.</summary>
    public ElementCollection<Approach> Approaches { get; }

    /// <summary>Gets the measures of the city itself.</summary>
    public ElementCollection<CityMeasure> Measures { get; }

    /// <summary>Gets the city-level indicators.</summary>
    public ElementCollection<Indicator> Indicators { get; }

    /// <summary>Gets the earlier versions with their goals, oldest or newest first as the document lists them.</summary>
    public ValueList<PreviousVersion> PreviousVersions { get; }

    /// <summary>Finds a version by its label: the current one or an earlier one.</summary>
    /// <param name="label">The label, such as "Entwurf 2011".</param>
    /// <returns>The version, or <see langword="null"/> when the concept has no version with that label.</returns>
    public ConceptVersion? FindVersion(string label)
    {
        if (string.Equals(Version.Label, label, System.StringComparison.Ordinal))
        {
            return Version;
        }

        foreach (var previous in PreviousVersions)
        {
            if (string.Equals(previous.Version.Label, label, System.StringComparison.Ordinal))
            {
                return previous.Version;
            }
        }

        return null;
    }

    /// <summary>Says what changed in the goals from an earlier version to the current one.</summary>
    /// <param name="label">The label of the earlier version, such as the one a district plan takes up.</param>
    /// <returns>
    /// The changes (none for the current version's own label), or <see langword="null"/> when the concept has no
    /// version with that label.
    /// </returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="label"/> is <see langword="null"/>.</exception>
    public ConceptChanges? ChangesSince(string label)
    {
        Guard.NotNull(label);
        if (string.Equals(Version.Label, label, System.StringComparison.Ordinal))
        {
            return new ConceptChanges(label, label);
        }

        foreach (var previous in PreviousVersions)
        {
            if (string.Equals(previous.Version.Label, label, System.StringComparison.Ordinal))
            {
                return ConceptChanges.Compare(label, previous.Goals, Version.Label, Goals);
            }
        }

        return null;
    }

    /// <summary>Returns a copy with another version.</summary>
    /// <param name="version">The new version.</param>
    /// <returns>The new concept.</returns>
    /// <exception cref="ModelValidationException">The result has structural problems.</exception>
    public CityConcept WithVersion(ConceptVersion version)
        => new(Title, Municipality, version, Principles, ActionFields, Goals, Approaches, Measures, Indicators, PreviousVersions);

    /// <summary>Returns a copy with other goals.</summary>
    /// <param name="goals">The new goals.</param>
    /// <returns>The new concept.</returns>
    /// <exception cref="ModelValidationException">The result has structural problems.</exception>
    public CityConcept WithGoals(IEnumerable<Goal> goals)
        => new(Title, Municipality, Version, Principles, ActionFields, goals, Approaches, Measures, Indicators, PreviousVersions);

    /// <summary>Returns a copy with other principles.</summary>
    /// <param name="principles">The new principles.</param>
    /// <returns>The new concept.</returns>
    /// <exception cref="ModelValidationException">The result has structural problems.</exception>
    public CityConcept WithPrinciples(IEnumerable<Principle> principles)
        => new(Title, Municipality, Version, principles, ActionFields, Goals, Approaches, Measures, Indicators, PreviousVersions);

    /// <summary>Returns a copy with other action fields.</summary>
    /// <param name="actionFields">The new action fields.</param>
    /// <returns>The new concept.</returns>
    /// <exception cref="ModelValidationException">The result has structural problems.</exception>
    public CityConcept WithActionFields(IEnumerable<ActionField> actionFields)
        => new(Title, Municipality, Version, Principles, actionFields, Goals, Approaches, Measures, Indicators, PreviousVersions);

    /// <summary>Returns a copy with another municipality.</summary>
    /// <param name="municipality">The new municipality.</param>
    /// <returns>The new concept.</returns>
    /// <exception cref="ModelValidationException">The result has structural problems.</exception>
    public CityConcept WithMunicipality(Municipality municipality)
        => new(Title, municipality, Version, Principles, ActionFields, Goals, Approaches, Measures, Indicators, PreviousVersions);

    /// <summary>Returns a copy with other city-level indicators.</summary>
    /// <param name="indicators">The new indicators.</param>
    /// <returns>The new concept.</returns>
    /// <exception cref="ModelValidationException">The result has structural problems.</exception>
    public CityConcept WithIndicators(IEnumerable<Indicator> indicators)
        => new(Title, Municipality, Version, Principles, ActionFields, Goals, Approaches, Measures, indicators, PreviousVersions);

    /// <summary>Returns a copy with other earlier versions.</summary>
    /// <param name="previousVersions">The earlier versions.</param>
    /// <returns>The new concept.</returns>
    /// <exception cref="ModelValidationException">The result has structural problems.</exception>
    public CityConcept WithPreviousVersions(IEnumerable<PreviousVersion> previousVersions)
        => new(Title, Municipality, Version, Principles, ActionFields, Goals, Approaches, Measures, Indicators, previousVersions);
}
