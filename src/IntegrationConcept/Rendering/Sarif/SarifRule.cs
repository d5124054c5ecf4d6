using System;
using IntegrationConcept.Internal;
using IntegrationConcept.Localization;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rendering.Sarif;

/// <summary>
/// A rule as a SARIF log describes it in the tool's rule list: id, title, message template, category, the level the
/// rule set gives it and whether it runs. Make one per rule of the rule set the report was made with.
/// </summary>
/// <example>
/// <code>
/// var rules = ruleSet.Rules.Select(d => new SarifRule(d.Id, d.Title, d.MessageTemplate, d.Category, ruleSet.SeverityOf(d.Id), ruleSet.IsEnabled(d.Id)));
/// </code>
/// </example>
public sealed class SarifRule
{
    /// <summary>Creates a rule description.</summary>
    /// <param name="id">The rule id, such as "IC2002".</param>
    /// <param name="title">The title, in German and English.</param>
    /// <param name="messageTemplate">The message template, with <c>{0}</c>, <c>{1}</c>, ... placeholders.</param>
    /// <param name="category">The rule's category.</param>
    /// <param name="level">The severity the rule set gives the rule.</param>
    /// <param name="enabled">Whether the rule runs.</param>
    /// <param name="help">More help, in German and English; <see langword="null"/> for a help text made of title, message, category and level.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="title"/> or <paramref name="messageTemplate"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    public SarifRule(string id, LocalizedText title, LocalizedText messageTemplate, RuleCategory category, Severity level, bool enabled = true, LocalizedText? help = null)
    {
        Id = Guard.NotBlank(id);
        Title = Guard.NotNull(title);
        MessageTemplate = Guard.NotNull(messageTemplate);
        Category = category;
        Level = level;
        Enabled = enabled;
        Help = help;
    }

    /// <summary>Gets the rule id.</summary>
    public string Id { get; }

    /// <summary>Gets the title.</summary>
    public LocalizedText Title { get; }

    /// <summary>Gets the message template.</summary>
    public LocalizedText MessageTemplate { get; }

    /// <summary>Gets the category.</summary>
    public RuleCategory Category { get; }

    /// <summary>Gets the severity the rule set gives the rule.</summary>
    public Severity Level { get; }

    /// <summary>Gets whether the rule runs.</summary>
    public bool Enabled { get; }

    /// <summary>Gets more help, or <see langword="null"/>.</summary>
    public LocalizedText? Help { get; }
}
