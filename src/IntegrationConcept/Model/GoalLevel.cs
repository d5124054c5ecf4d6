namespace IntegrationConcept.Model;

/// <summary>The level of a goal in the goal hierarchy of a concept.</summary>
public enum GoalLevel
{
    /// <summary>A guiding goal (Leitziel): the long-term direction.</summary>
    Guiding,

    /// <summary>An action goal (Handlungsziel): what an action field wants to reach.</summary>
    Action,

    /// <summary>An operational goal (Teilziel, Ergebnisziel): a concrete, checkable result.</summary>
    Operational,
}
