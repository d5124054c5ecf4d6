namespace IntegrationConcept.Changes;

/// <summary>The planners' decision on a feedback proposal.</summary>
public enum DecisionStatus
{
    /// <summary>Not decided yet.</summary>
    Open,

    /// <summary>Taken into the next concept version: the decision names the goal it became.</summary>
    Adopted,

    /// <summary>Not taken up: the decision gives the reason.</summary>
    Rejected,
}
