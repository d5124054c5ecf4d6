namespace IntegrationConcept.Suggestions;

/// <summary>What kind of district element a suggestion is for.</summary>
public enum SuggestionSubjectKind
{
    /// <summary>A district goal that refines no city goal.</summary>
    DistrictGoal = 0,

    /// <summary>A measure that serves no district goal refining a city goal.</summary>
    Measure = 1,
}
