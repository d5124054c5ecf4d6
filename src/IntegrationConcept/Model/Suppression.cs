using IntegrationConcept.Internal;

namespace IntegrationConcept.Model;

/// <summary>
/// A district plan's justified suppression of one rule finding on one element. The finding stays in the
/// report, marked suppressed; a suppression without a justification suppresses nothing and is itself reported.
/// </summary>
public sealed record Suppression
{
    /// <summary>Creates a suppression.</summary>
    /// <param name="ruleId">The rule id, such as "IC1002".</param>
    /// <param name="elementId">The id of the element the finding is about.</param>
    /// <param name="justification">Why the finding does not apply.</param>
    /// <exception cref="System.ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public Suppression(string ruleId, string elementId, string justification)
    {
        RuleId = Guard.NotNull(ruleId);
        ElementId = Guard.NotNull(elementId);
        Justification = Guard.NotNull(justification);
    }

    /// <summary>Gets the rule id.</summary>
    public string RuleId { get; }

    /// <summary>Gets the id of the element.</summary>
    public string ElementId { get; }

    /// <summary>Gets the justification; may be empty, which the rule engine reports.</summary>
    public string Justification { get; }

    /// <summary>Gets whether a justification is given (not blank).</summary>
    public bool IsJustified => !string.IsNullOrWhiteSpace(Justification);
}
