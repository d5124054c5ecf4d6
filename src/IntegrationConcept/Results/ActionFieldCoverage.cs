using System;
using IntegrationConcept.Internal;
using IntegrationConcept.Model;

namespace IntegrationConcept.Results;

/// <summary>How a district plan covers one action field, graded from its goals.</summary>
/// <remarks>
/// Out of scope when declared so or when all its goals are out of scope; covered when every goal in scope is
/// covered; partly covered when at least one goal is covered or partly covered; uncovered otherwise (also when
/// the action field has no goals).
/// </remarks>
public sealed record ActionFieldCoverage
{
    /// <summary>Creates an action field's coverage.</summary>
    /// <param name="actionFieldId">The action field.</param>
    /// <param name="name">Its German name.</param>
    /// <param name="englishName">Its English name, if given.</param>
    /// <param name="grade">The grade.</param>
    /// <param name="goals">The counts of its goals by grade.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="goals"/> is <see langword="null"/>.</exception>
    public ActionFieldCoverage(ElementId<ActionField> actionFieldId, string name, string? englishName, CoverageGrade grade, CoverageCounts goals)
    {
        ActionFieldId = actionFieldId;
        Name = Guard.NotNull(name);
        EnglishName = englishName;
        Grade = grade;
        Goals = Guard.NotNull(goals);
    }

    /// <summary>Gets the action field.</summary>
    public ElementId<ActionField> ActionFieldId { get; }

    /// <summary>Gets the German name.</summary>
    public string Name { get; }

    /// <summary>Gets the English name, if given.</summary>
    public string? EnglishName { get; }

    /// <summary>Gets the grade.</summary>
    public CoverageGrade Grade { get; }

    /// <summary>Gets the counts of its goals by grade, with percentages of the goals in scope.</summary>
    public CoverageCounts Goals { get; }

    internal string DisplayName(Localization.Language language)
        => language == Localization.Language.English && !string.IsNullOrEmpty(EnglishName) ? EnglishName : Name;
}
