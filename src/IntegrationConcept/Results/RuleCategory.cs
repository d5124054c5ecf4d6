namespace IntegrationConcept.Results;

/// <summary>The categories of rules; the first digit of a built-in rule id names the category (IC1xxx coverage, ...).</summary>
public enum RuleCategory
{
    /// <summary>Coverage (IC1xxx): is every city element covered by the district plan or declared out of scope.</summary>
    Coverage,

    /// <summary>Operationalisation (IC2xxx): do goals have measures, measures carriers and periods, goals indicators.</summary>
    Operationalisation,

    /// <summary>Consistency (IC3xxx): do references, periods, directions, versions and justifications fit together.</summary>
    Consistency,

    /// <summary>Evaluation (IC4xxx): status of measures and progress of indicators at the evaluation date.</summary>
    Evaluation,
}
