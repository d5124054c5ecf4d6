using System;
using System.Collections.Generic;
using IntegrationConcept.Internal;
using IntegrationConcept.Model;

namespace IntegrationConcept.Results;

/// <summary>One action field in a <see cref="CoverageMatrix"/>: its coverage in each district and combined.</summary>
public sealed record ActionFieldCoverageRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="actionFieldId">The action field.</param>
    /// <param name="name">Its German name.</param>
    /// <param name="englishName">Its English name, if given.</param>
    /// <param name="districts">Its coverage per district, in the matrix's district order.</param>
    /// <param name="combinedGrade">The combined grade.</param>
    /// <param name="combined">The counts of its goals by combined grade.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="combined"/> is <see langword="null"/>.</exception>
    public ActionFieldCoverageRow(
        ElementId<ActionField> actionFieldId,
        string name,
        string? englishName,
        IEnumerable<ActionFieldCoverage>? districts,
        CoverageGrade combinedGrade,
        CoverageCounts combined)
    {
        ActionFieldId = actionFieldId;
        Name = Guard.NotNull(name);
        EnglishName = englishName;
        Districts = districts.ToValueList();
        CombinedGrade = combinedGrade;
        Combined = Guard.NotNull(combined);
    }

    /// <summary>Gets the action field.</summary>
    public ElementId<ActionField> ActionFieldId { get; }

    /// <summary>Gets the German name.</summary>
    public string Name { get; }

    /// <summary>Gets the English name, if given.</summary>
    public string? EnglishName { get; }

    /// <summary>Gets its coverage per district.</summary>
    public ValueList<ActionFieldCoverage> Districts { get; }

    /// <summary>Gets the combined grade, graded from the combined grades of its goals like a single district's.</summary>
    public CoverageGrade CombinedGrade { get; }

    /// <summary>Gets the counts of its goals by combined grade.</summary>
    public CoverageCounts Combined { get; }

    internal string DisplayName(Localization.Language language)
        => language == Localization.Language.English && !string.IsNullOrEmpty(EnglishName) ? EnglishName : Name;
}
