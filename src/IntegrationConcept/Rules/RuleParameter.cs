using System;
using IntegrationConcept.Internal;
using IntegrationConcept.Localization;

namespace IntegrationConcept.Rules;

/// <summary>The declaration of a parameter a rule accepts, with its type, default and allowed range.</summary>
public sealed record RuleParameter
{
    private RuleParameter(string name, RuleParameterKind kind, decimal? defaultNumber, string? defaultText, decimal? minimum, decimal? maximum, LocalizedText description)
    {
        Name = Guard.NotBlank(name);
        Kind = kind;
        DefaultNumber = defaultNumber;
        DefaultText = defaultText;
        Minimum = minimum;
        Maximum = maximum;
        Description = Guard.NotNull(description);
    }

    /// <summary>Gets the name, such as <c>yellowTolerancePercent</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the type of value.</summary>
    public RuleParameterKind Kind { get; }

    /// <summary>Gets the default of a number parameter.</summary>
    public decimal? DefaultNumber { get; }

    /// <summary>Gets the default of a text parameter.</summary>
    public string? DefaultText { get; }

    /// <summary>Gets the smallest allowed number, if limited.</summary>
    public decimal? Minimum { get; }

    /// <summary>Gets the largest allowed number, if limited.</summary>
    public decimal? Maximum { get; }

    /// <summary>Gets what the parameter does, in German and English.</summary>
    public LocalizedText Description { get; }

    /// <summary>Declares a number parameter.</summary>
    /// <param name="name">The name.</param>
    /// <param name="defaultValue">The default.</param>
    /// <param name="description">What it does.</param>
    /// <param name="minimum">The smallest allowed value, if limited.</param>
    /// <param name="maximum">The largest allowed value, if limited.</param>
    /// <returns>The declaration.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, or the default lies outside the range.</exception>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static RuleParameter Number(string name, decimal defaultValue, LocalizedText description, decimal? minimum = null, decimal? maximum = null)
    {
        if ((minimum is { } min && defaultValue < min) || (maximum is { } max && defaultValue > max))
        {
            throw new ArgumentException($"The default of parameter '{name}' lies outside its range.", nameof(defaultValue));
        }

        return new RuleParameter(name, RuleParameterKind.Number, defaultValue, null, minimum, maximum, description);
    }

    /// <summary>Declares a text parameter.</summary>
    /// <param name="name">The name.</param>
    /// <param name="defaultValue">The default.</param>
    /// <param name="description">What it does.</param>
    /// <returns>The declaration.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static RuleParameter Text(string name, string defaultValue, LocalizedText description)
        => new(name, RuleParameterKind.Text, null, Guard.NotNull(defaultValue), null, null, description);
}
