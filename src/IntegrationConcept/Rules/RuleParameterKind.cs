namespace IntegrationConcept.Rules;

/// <summary>The type of a rule parameter's value.</summary>
public enum RuleParameterKind
{
    /// <summary>A decimal number.</summary>
    Number,

    /// <summary>A text.</summary>
    Text,
}
