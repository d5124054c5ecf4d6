namespace IntegrationConcept.Changes;

/// <summary>How a principle of the city concept changed between two versions.</summary>
public enum PrincipleChangeKind
{
    /// <summary>The principle is new in the later version.</summary>
    Added,

    /// <summary>The principle was dropped from the later version.</summary>
    Removed,

    /// <summary>The principle's name or description changed.</summary>
    Reworded,
}
