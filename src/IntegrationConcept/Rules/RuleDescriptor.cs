using System;
using System.Collections.Generic;
using IntegrationConcept.Internal;
using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rules;

/// <summary>
/// What a rule is: its stable id, title, category, default severity, message template in German and English
/// (with <c>{0}</c>, <c>{1}</c>, ... placeholders) and the parameters it accepts.
/// </summary>
public sealed record RuleDescriptor
{
    /// <summary>Creates a descriptor.</summary>
    /// <param name="id">The stable id, such as "IC1002"; letters, digits, '-' and '_' only.</param>
    /// <param name="title">The title.</param>
    /// <param name="category">The category.</param>
    /// <param name="defaultSeverity">The severity unless a rule set overrides it.</param>
    /// <param name="messageTemplate">The message template.</param>
    /// <param name="parameters">The parameters the rule accepts, with defaults.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank or has other characters, or two parameters share a name.</exception>
    public RuleDescriptor(string id, LocalizedText title, RuleCategory category, Severity defaultSeverity, LocalizedText messageTemplate, IEnumerable<RuleParameter>? parameters = null)
    {
        Guard.NotBlank(id);
        foreach (var c in id)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-' && c != '_')
            {
                throw new ArgumentException($"A rule id may hold letters, digits, '-' and '_' only: '{id}'.", nameof(id));
            }
        }

        Id = id;
        Title = Guard.NotNull(title);
        Category = category;
        DefaultSeverity = defaultSeverity;
        MessageTemplate = Guard.NotNull(messageTemplate);
        Parameters = parameters.ToValueList();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var parameter in Parameters)
        {
            if (!names.Add(Guard.NotNull(parameter).Name))
            {
                throw new ArgumentException($"Rule {id} declares the parameter '{parameter.Name}' twice.", nameof(parameters));
            }
        }
    }

    /// <summary>Gets the stable id.</summary>
    public string Id { get; }

    /// <summary>Gets the title.</summary>
    public LocalizedText Title { get; }

    /// <summary>Gets the category.</summary>
    public RuleCategory Category { get; }

    /// <summary>Gets the default severity.</summary>
    public Severity DefaultSeverity { get; }

    /// <summary>Gets the message template.</summary>
    public LocalizedText MessageTemplate { get; }

    /// <summary>Gets the parameters the rule accepts.</summary>
    public ValueList<RuleParameter> Parameters { get; }

    /// <summary>Looks up a parameter declaration by name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The declaration, or <see langword="null"/> when the rule has no such parameter.</returns>
    public RuleParameter? FindParameter(string name)
    {
        foreach (var parameter in Parameters)
        {
            if (string.Equals(parameter.Name, name, StringComparison.Ordinal))
            {
                return parameter;
            }
        }

        return null;
    }
}
