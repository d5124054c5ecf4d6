using System;
using System.Collections.Generic;
using System.Globalization;
using IntegrationConcept.Internal;
using IntegrationConcept.Localization;
using IntegrationConcept.Model;

namespace IntegrationConcept.Results;

/// <summary>
/// One finding of a rule: the rule, severity, category, the element it is about, the message template with its
/// arguments (rendered per culture by <see cref="Message(CultureInfo)"/>), the reasons why it fired, and whether
/// a justified suppression in the district plan suppresses it.
/// </summary>
public sealed record Finding
{
    /// <summary>Creates a finding.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="severity">The effective severity.</param>
    /// <param name="category">The rule's category.</param>
    /// <param name="subject">The element the finding is about.</param>
    /// <param name="messageData">The message template and its arguments.</param>
    /// <param name="reasons">Why the rule fired: missing criteria, compared dates and values.</param>
    /// <param name="suppressionJustification">The justification of the suppression that suppresses the finding, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleId"/>, <paramref name="subject"/> or <paramref name="messageData"/> is <see langword="null"/>.</exception>
    public Finding(
        string ruleId,
        Severity severity,
        RuleCategory category,
        ElementReference subject,
        LocalizedMessage messageData,
        IEnumerable<LocalizedMessage>? reasons = null,
        string? suppressionJustification = null)
    {
        RuleId = Guard.NotNull(ruleId);
        Severity = severity;
        Category = category;
        Subject = Guard.NotNull(subject);
        MessageData = Guard.NotNull(messageData);
        Reasons = reasons.ToValueList();
        SuppressionJustification = suppressionJustification;
    }

    /// <summary>Gets the rule id, such as "IC1002".</summary>
    public string RuleId { get; }

    /// <summary>Gets the effective severity (after the rule set's overrides).</summary>
    public Severity Severity { get; }

    /// <summary>Gets the rule's category.</summary>
    public RuleCategory Category { get; }

    /// <summary>Gets the element the finding is about.</summary>
    public ElementReference Subject { get; }

    /// <summary>Gets the message template and its arguments.</summary>
    public LocalizedMessage MessageData { get; }

    /// <summary>Gets why the rule fired: missing criteria, compared dates and values; may be empty.</summary>
    public ValueList<LocalizedMessage> Reasons { get; }

    /// <summary>Gets the justification of the suppression, or <see langword="null"/> when the finding is not suppressed.</summary>
    public string? SuppressionJustification { get; }

    /// <summary>Gets whether a justified suppression in the district plan suppresses the finding; a suppressed finding never counts as an error.</summary>
    public bool IsSuppressed => SuppressionJustification is not null;

    /// <summary>Renders the message: German for a "de*" culture, English otherwise; numbers and dates per culture.</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>The message.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is <see langword="null"/>.</exception>
    public string Message(CultureInfo culture) => MessageData.Render(culture);

    /// <summary>Renders the reasons for a culture.</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>One text per reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<string> RenderReasons(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var texts = new string[Reasons.Count];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = Reasons[i].Render(culture);
        }

        return texts;
    }

    /// <summary>Returns a copy suppressed with a justification.</summary>
    /// <param name="justification">The justification.</param>
    /// <returns>The suppressed finding.</returns>
    /// <exception cref="ArgumentException"><paramref name="justification"/> is blank.</exception>
    public Finding Suppress(string justification)
        => new(RuleId, Severity, Category, Subject, MessageData, Reasons, Guard.NotBlank(justification));

    /// <summary>Formats the finding in English: rule id, severity, path and message.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{RuleId} {Severity} {Subject.Path}: {Message(CultureInfo.InvariantCulture)}{(IsSuppressed ? " [suppressed]" : string.Empty)}");
}
