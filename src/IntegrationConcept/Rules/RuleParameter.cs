using System;
using IntegrationConcept.Internal;
using IntegrationConcept.Localization;

namespace IntegrationConcept.Rules;

/// <summary>The declaration of a parameter a rule accepts, with its type, default and allowed range.</summary>
public sealed record RuleParameter
{
    /// <summary>Creates a declaration from its parts; <see cref="Number"/> and <see cref="Text"/> are the convenient way.</summary>
    /// <param name="name">The name.</param>
    /// <param name="kind">The type of value.</param>
    /// <param name="defaultNumber">The default of a number parameter.</param>
    /// <param name="defaultText">The default of a text parameter.</param>
    /// <param name="minimum">The smallest allowed number, if limited.</param>
    /// <param name="maximum">The largest allowed number, if limited.</param>
    /// <param name="description">What it does.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, the default does not fit <paramref name="kind"/>, or lies outside the range.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="description"/> is <see langword="null"/>.</exception>
    public RuleParameter(string name, RuleParameterKind kind, decimal? defaultNumber, string? defaultText, decimal? minimum, decimal? maximum, LocalizedText description)
    {
        var fits = kind == RuleParameterKind.Number
            ? defaultNumber is { } n && defaultText is null && (minimum is not { } lo || n >= lo) && (maximum is not { } hi || n <= hi)
            : defaultText is not null && defaultNumber is null && minimum is null && maximum is null;
        if (!fits)
        {
            throw new ArgumentException($"The default of parameter '{name}' does not fit its type {kind} or lies outside its range.", nameof(defaultNumber));
        }

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
