using System;
using System.Collections.Generic;
using System.Linq;
using IntegrationConcept.Internal;
using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using IntegrationConcept.Rules.BuiltIn;

namespace IntegrationConcept.Rules;

/// <summary>
/// Which rules run and how: severity per rule id and per category, rules switched off, rule parameters, and
/// custom rules written in C#. Immutable; every <c>With*</c> method returns a new rule set and checks that the
/// rule ids and parameters it names exist.
/// </summary>
/// <remarks>
/// The severity of a rule is its own override if given, else its category's override, else its default.
/// Everything but <see cref="CustomRules"/> is plain data (ids, enums, numbers and texts), so a rule set can be
/// written to and read from a document; nothing in it is ever executed. Custom rules are added in code, and a
/// rule set that configures a custom rule must have that rule added first.
/// </remarks>
public sealed class RuleSet : IEquatable<RuleSet>
{
    private readonly Dictionary<string, RuleDescriptor> _known;
    private readonly List<RuleDescriptor> _ordered;
    private IReadOnlyList<RuleDescriptor>? _orderedView;
    private readonly Dictionary<string, Severity> _severities;
    private readonly Dictionary<RuleCategory, Severity> _categorySeverities;
    private readonly HashSet<string> _disabled;

    /// <summary>Creates a rule set and checks every rule id and parameter it names.</summary>
    /// <param name="name">The name, such as "default" or "Monitoring Rheinland-Pfalz".</param>
    /// <param name="severities">Severity overrides per rule id.</param>
    /// <param name="categorySeverities">Severity overrides per category.</param>
    /// <param name="disabledRuleIds">Rules switched off.</param>
    /// <param name="parameters">Parameter values.</param>
    /// <param name="customRules">Custom rules; their ids must differ from the built-in ones and from each other.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="RuleSetException">A rule id or parameter is unknown, named twice, or a value is of the wrong type or out of range; the message names the rule id.</exception>
    public RuleSet(
        string name,
        IEnumerable<RuleSeverityOverride>? severities = null,
        IEnumerable<CategorySeverityOverride>? categorySeverities = null,
        IEnumerable<string>? disabledRuleIds = null,
        IEnumerable<RuleParameterValue>? parameters = null,
        IEnumerable<ICoverageRule>? customRules = null)
    {
        Name = Guard.NotBlank(name);
        SeverityOverrides = severities.ToValueList();
        CategoryOverrides = categorySeverities.ToValueList();
        DisabledRuleIds = disabledRuleIds.ToValueList();
        Parameters = parameters.ToValueList();
        CustomRules = customRules.ToValueList();

        _known = new Dictionary<string, RuleDescriptor>(StringComparer.Ordinal);
        foreach (var descriptor in RuleCatalog.All)
        {
            _known.Add(descriptor.Id, descriptor);
        }

        _ordered = new List<RuleDescriptor>(RuleCatalog.All);
        foreach (var rule in CustomRules)
        {
            var descriptor = Guard.NotNull(rule).Descriptor ?? throw new ArgumentException("A custom rule has no descriptor.", nameof(customRules));
            if (!_known.TryAdd(descriptor.Id, descriptor))
            {
                throw new RuleSetException(descriptor.Id, null, RuleSetTexts.Exists.Format(descriptor.Id));
            }

            _ordered.Add(descriptor);
        }

        _severities = new Dictionary<string, Severity>(StringComparer.Ordinal);
        foreach (var item in SeverityOverrides)
        {
            Known(Guard.NotNull(item).RuleId);
            if (!_severities.TryAdd(item.RuleId, item.Severity))
            {
                throw new RuleSetException(item.RuleId, null, RuleSetTexts.SeverityTwice.Format(item.RuleId));
            }
        }

        _categorySeverities = new Dictionary<RuleCategory, Severity>();
        foreach (var item in CategoryOverrides)
        {
            if (!_categorySeverities.TryAdd(Guard.NotNull(item).Category, item.Severity))
            {
                throw new ArgumentException($"The category {item.Category} has more than one severity override.", nameof(categorySeverities));
            }
        }

        _disabled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in DisabledRuleIds)
        {
            Known(Guard.NotNull(id));
            _disabled.Add(id);
        }

        var seen = new HashSet<(string, string)>();
        foreach (var value in Parameters)
        {
            Guard.NotNull(value);
            var descriptor = Known(value.RuleId);
            var declared = descriptor.FindParameter(value.Name)
                ?? throw new RuleSetException(value.RuleId, value.Name, RuleSetTexts.NoParameter.Format(value.RuleId, value.Name, Describe(descriptor)));
            if (declared.Kind != value.Kind)
            {
                throw new RuleSetException(value.RuleId, value.Name, RuleSetTexts.WrongKind.Format(value.Name, value.RuleId, RuleSetTexts.Kind(declared.Kind), RuleSetTexts.Kind(value.Kind)));
            }

            if (value.Number is { } number && ((declared.Minimum is { } min && number < min) || (declared.Maximum is { } max && number > max)))
            {
                throw new RuleSetException(value.RuleId, value.Name, RuleSetTexts.OutOfRange.Format(value.Name, value.RuleId, declared.Minimum?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-inf", declared.Maximum?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "inf", number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            if (!seen.Add((value.RuleId, value.Name)))
            {
                throw new RuleSetException(value.RuleId, value.Name, RuleSetTexts.SetTwice.Format(value.Name, value.RuleId));
            }
        }

        IndicatorTrackRule.CheckTolerances(this);
    }

    /// <summary>Gets the built-in default rule set: every built-in rule at its default severity and parameters.</summary>
    public static RuleSet Default { get; } = new("default");

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the severity overrides per rule id.</summary>
    public ValueList<RuleSeverityOverride> SeverityOverrides { get; }

    /// <summary>Gets the severity overrides per category.</summary>
    public ValueList<CategorySeverityOverride> CategoryOverrides { get; }

    /// <summary>Gets the ids of the rules switched off.</summary>
    public ValueList<string> DisabledRuleIds { get; }

    /// <summary>Gets the parameter values.</summary>
    public ValueList<RuleParameterValue> Parameters { get; }

    /// <summary>Gets the custom rules, in the order added (not part of the data a document holds).</summary>
    public ValueList<ICoverageRule> CustomRules { get; }

    /// <summary>Gets the descriptors of every rule the set knows: the built-in ones, then the custom ones.</summary>
    public IReadOnlyList<RuleDescriptor> Rules => _orderedView ??= _ordered.AsReadOnly();

    /// <summary>Returns a copy with another name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The new rule set.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public RuleSet WithName(string name)
        => new(name, SeverityOverrides, CategoryOverrides, DisabledRuleIds, Parameters, CustomRules);

    /// <summary>Returns a copy where a rule has the given severity (replacing an earlier override of that rule).</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="severity">The severity.</param>
    /// <returns>The new rule set.</returns>
    /// <exception cref="RuleSetException">The rule is unknown.</exception>
    public RuleSet WithSeverity(string ruleId, Severity severity)
    {
        Known(Guard.NotNull(ruleId));
        var overrides = SeverityOverrides.Where(o => o.RuleId != ruleId).Append(new RuleSeverityOverride(ruleId, severity));
        return new(Name, overrides, CategoryOverrides, DisabledRuleIds, Parameters, CustomRules);
    }

    /// <summary>Returns a copy where every rule of a category has the given severity, unless the rule has its own override.</summary>
    /// <param name="category">The category.</param>
    /// <param name="severity">The severity.</param>
    /// <returns>The new rule set.</returns>
    public RuleSet WithCategorySeverity(RuleCategory category, Severity severity)
    {
        var overrides = CategoryOverrides.Where(o => o.Category != category).Append(new CategorySeverityOverride(category, severity));
        return new(Name, SeverityOverrides, overrides, DisabledRuleIds, Parameters, CustomRules);
    }

    /// <summary>Returns a copy where a rule is switched off: it does not run and reports nothing.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns>The new rule set.</returns>
    /// <exception cref="RuleSetException">The rule is unknown.</exception>
    public RuleSet WithDisabled(string ruleId)
    {
        Known(Guard.NotNull(ruleId));
        return _disabled.Contains(ruleId)
            ? this
            : new(Name, SeverityOverrides, CategoryOverrides, DisabledRuleIds.Append(ruleId), Parameters, CustomRules);
    }

    /// <summary>Returns a copy where a switched-off rule runs again.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns>The new rule set.</returns>
    /// <exception cref="RuleSetException">The rule is unknown.</exception>
    public RuleSet WithEnabled(string ruleId)
    {
        Known(Guard.NotNull(ruleId));
        return new(Name, SeverityOverrides, CategoryOverrides, DisabledRuleIds.Where(id => id != ruleId), Parameters, CustomRules);
    }

    /// <summary>Returns a copy with a number parameter of a rule set.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The value.</param>
    /// <returns>The new rule set.</returns>
    /// <exception cref="RuleSetException">The rule or parameter is unknown, takes a text, or the value is out of range.</exception>
    public RuleSet WithParameter(string ruleId, string name, decimal value)
        => WithParameter(RuleParameterValue.OfNumber(ruleId, name, value));

    /// <summary>Returns a copy with a text parameter of a rule set.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The value.</param>
    /// <returns>The new rule set.</returns>
    /// <exception cref="RuleSetException">The rule or parameter is unknown, or takes a number.</exception>
    public RuleSet WithParameter(string ruleId, string name, string value)
        => WithParameter(RuleParameterValue.OfText(ruleId, name, value));

    /// <summary>Returns a copy with a custom rule added.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The new rule set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is <see langword="null"/>.</exception>
    /// <exception cref="RuleSetException">A rule with the same id exists already.</exception>
    public RuleSet WithCustomRule(ICoverageRule rule)
        => new(Name, SeverityOverrides, CategoryOverrides, DisabledRuleIds, Parameters, CustomRules.Append(Guard.NotNull(rule)));

    /// <summary>Tells whether the set knows a rule (built-in or custom), switched off or not.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns><see langword="true"/> when the rule exists.</returns>
    public bool IsKnown(string ruleId) => ruleId is not null && _known.ContainsKey(ruleId);

    /// <summary>Tells whether a rule runs.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns><see langword="true"/> when the rule is known and not switched off.</returns>
    public bool IsEnabled(string ruleId) => IsKnown(ruleId) && !_disabled.Contains(ruleId);

    /// <summary>Gets the effective severity of a rule: its override, else its category's override, else its default.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns>The severity.</returns>
    /// <exception cref="RuleSetException">The rule is unknown.</exception>
    public Severity SeverityOf(string ruleId)
    {
        var descriptor = Known(Guard.NotNull(ruleId));
        if (_severities.TryGetValue(ruleId, out var severity))
        {
            return severity;
        }

        return _categorySeverities.TryGetValue(descriptor.Category, out var categorySeverity) ? categorySeverity : descriptor.DefaultSeverity;
    }

    /// <summary>Gets the effective parameters of a rule.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns>The parameters.</returns>
    /// <exception cref="RuleSetException">The rule is unknown.</exception>
    public RuleParameters ParametersOf(string ruleId)
    {
        var descriptor = Known(Guard.NotNull(ruleId));
        return new RuleParameters(descriptor, Parameters.Where(p => p.RuleId == ruleId));
    }

    /// <inheritdoc/>
    public bool Equals(RuleSet? other)
        => other is not null
            && Name == other.Name
            && SeverityOverrides.Equals(other.SeverityOverrides)
            && CategoryOverrides.Equals(other.CategoryOverrides)
            && DisabledRuleIds.Equals(other.DisabledRuleIds)
            && Parameters.Equals(other.Parameters)
            && CustomRules.Equals(other.CustomRules);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RuleSet);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, SeverityOverrides, CategoryOverrides, DisabledRuleIds, Parameters, CustomRules);

    /// <summary>Returns the name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    private RuleSet WithParameter(RuleParameterValue value)
    {
        var values = Parameters.Where(p => !(p.RuleId == value.RuleId && p.Name == value.Name)).Append(value);
        return new(Name, SeverityOverrides, CategoryOverrides, DisabledRuleIds, values, CustomRules);
    }

    private RuleDescriptor Known(string ruleId)
        => _known.TryGetValue(ruleId, out var descriptor)
            ? descriptor
            : throw new RuleSetException(ruleId, null, RuleSetTexts.NoRule.Format(Name, ruleId));

    private static LocalizedText Describe(RuleDescriptor descriptor)
        => descriptor.Parameters.Count == 0 ? RuleSetTexts.None : TextFormat.Verbatim(string.Join(", ", descriptor.Parameters.Select(p => p.Name)));
}
