using System;
using IntegrationConcept.Localization;

namespace IntegrationConcept.Rules;

/// <summary>Thrown when a rule set names a rule or parameter that does not exist, or gives a parameter a wrong value.</summary>
public sealed class RuleSetException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="ruleId">The rule id concerned.</param>
    /// <param name="parameterName">The parameter concerned, if any.</param>
    /// <param name="message">What is wrong.</param>
    public RuleSetException(string ruleId, string? parameterName, string message)
        : base(message)
    {
        RuleId = ruleId;
        ParameterName = parameterName;
        Text = new LocalizedText(message, message);
    }

    // The library's own problems, in German and English: a rule set document read in German says them in German.
    internal RuleSetException(string ruleId, string? parameterName, LocalizedText text)
        : this(ruleId, parameterName, text.English)
    {
        Text = text;
    }

    /// <summary>Gets the rule id concerned.</summary>
    public string RuleId { get; }

    /// <summary>Gets the parameter concerned, if any.</summary>
    public string? ParameterName { get; }

    // What is wrong, in German and English; both the message for a problem a caller made.
    internal LocalizedText Text { get; }
}
