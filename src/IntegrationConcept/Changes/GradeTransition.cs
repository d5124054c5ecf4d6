namespace IntegrationConcept.Changes;

/// <summary>How the grade of a city element changed from one check to the next.</summary>
/// <remarks>
/// The grades in scope rank covered over partly covered over uncovered. An element that is out of scope in both
/// checks is unchanged; one that enters or leaves the scope is neither better nor worse, it is newly in or out of scope.
/// </remarks>
public enum GradeTransition
{
    /// <summary>The same grade in both checks.</summary>
    Unchanged,

    /// <summary>A better grade in scope: uncovered to partly covered or covered, partly covered to covered.</summary>
    Improved,

    /// <summary>A worse grade in scope: covered to partly covered or uncovered, partly covered to uncovered.</summary>
    Worsened,

    /// <summary>Out of scope before, in scope after (the district no longer declares it not applicable).</summary>
    NewlyInScope,

    /// <summary>In scope before, declared out of scope after.</summary>
    NewlyOutOfScope,

    /// <summary>Only the later check has the element (the concept gained it).</summary>
    Added,

    /// <summary>Only the earlier check has the element (the concept dropped it).</summary>
    Removed,
}
