namespace IntegrationConcept.Model;

/// <summary>How a goal of the city concept changed between two versions.</summary>
public enum GoalChangeKind
{
    /// <summary>The goal is new in the later version.</summary>
    Added,

    /// <summary>The goal was dropped from the later version.</summary>
    Removed,

    /// <summary>The goal's wording changed.</summary>
    Reworded,

    /// <summary>The goal moved to another action field.</summary>
    Moved,
}
