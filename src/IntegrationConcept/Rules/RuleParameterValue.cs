using System;
using IntegrationConcept.Internal;

namespace IntegrationConcept.Rules;

/// <summary>A rule set's value for one parameter of one rule: a number or a text.</summary>
public sealed record RuleParameterValue
{
    /// <summary>Creates a value: exactly one of <paramref name="number"/> and <paramref name="text"/> is given.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="name">The parameter name.</param>
    /// <param name="number">The number, for a number parameter.</param>
    /// <param name="text">The text, for a text parameter.</param>
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> or <paramref name="name"/> is blank, or not exactly one value is given.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="ruleId"/> or <paramref name="name"/> is <see langword="null"/>.</exception>
    public RuleParameterValue(string ruleId, string name, decimal? number, string? text)
    {
        if ((number is null) == (text is null))
        {
            throw new ArgumentException($"Parameter '{name}' of rule {ruleId} needs either a number or a text.", nameof(number));
        }

        RuleId = Guard.NotBlank(ruleId);
        Name = Guard.NotBlank(name);
        Number = number;
        Text = text;
    }

    /// <summary>Gets the rule id.</summary>
    public string RuleId { get; }

    /// <summary>Gets the parameter name.</summary>
    public string Name { get; }

    /// <summary>Gets the number, for a number parameter.</summary>
    public decimal? Number { get; }

    /// <summary>Gets the text, for a text parameter.</summary>
    public string? Text { get; }

    /// <summary>Gets whether the value is a number.</summary>
    public RuleParameterKind Kind => Text is null ? RuleParameterKind.Number : RuleParameterKind.Text;

    /// <summary>Creates a number value.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The number.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> or <paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="ruleId"/> or <paramref name="name"/> is <see langword="null"/>.</exception>
    public static RuleParameterValue OfNumber(string ruleId, string name, decimal value) => new(ruleId, name, value, null);

    /// <summary>Creates a text value.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> or <paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static RuleParameterValue OfText(string ruleId, string name, string value) => new(ruleId, name, null, Guard.NotNull(value));
}
