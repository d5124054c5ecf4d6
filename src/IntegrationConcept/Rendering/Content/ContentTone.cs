namespace IntegrationConcept.Rendering.Content;

/// <summary>
/// What a table cell's status means, so that a format can mark it (a colour, a symbol). The cell's text always
/// says the same in words: colour is never the only carrier of meaning.
/// </summary>
public enum ContentTone
{
    /// <summary>No status.</summary>
    None,

    /// <summary>Covered.</summary>
    Covered,

    /// <summary>Partly covered.</summary>
    PartlyCovered,

    /// <summary>Not covered.</summary>
    Uncovered,

    /// <summary>Not applicable in the district (out of scope).</summary>
    OutOfScope,

    /// <summary>Traffic light green: on track.</summary>
    Green,

    /// <summary>Traffic light yellow: behind plan.</summary>
    Yellow,

    /// <summary>Traffic light red: off track.</summary>
    Red,

    /// <summary>No rating possible: no measurement, or no baseline or target.</summary>
    NoRating,
}
