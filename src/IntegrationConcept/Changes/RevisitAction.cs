namespace IntegrationConcept.Changes;

/// <summary>What a district plan must do about an element that refers to a changed part of the city concept.</summary>
public enum RevisitAction
{
    /// <summary>The city goal it refines was dropped: refine another goal, declare the district goal district-specific, or drop it.</summary>
    Reanchor,

    /// <summary>The city goal it refines was reworded: check that the district goal still makes it concrete.</summary>
    CheckWording,

    /// <summary>The city goal it refines moved to another action field: check the district goal's field and its measures.</summary>
    CheckActionField,

    /// <summary>A principle the measure applies was dropped: name the principle it applies now, or none.</summary>
    ReplacePrinciple,

    /// <summary>A principle the measure applies was reworded: check that the measure still applies it.</summary>
    CheckPrinciple,
}
