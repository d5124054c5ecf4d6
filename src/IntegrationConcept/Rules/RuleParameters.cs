using System;
using System.Collections.Generic;
using IntegrationConcept.Internal;

namespace IntegrationConcept.Rules;

/// <summary>The effective parameters of one rule: the rule set's values over the rule's defaults.</summary>
public sealed class RuleParameters
{
    private readonly RuleDescriptor _descriptor;
    private readonly Dictionary<string, RuleParameterValue> _values;

    internal RuleParameters(RuleDescriptor descriptor, IEnumerable<RuleParameterValue> values)
    {
        _descriptor = descriptor;
        _values = new Dictionary<string, RuleParameterValue>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            _values[value.Name] = value;
        }
    }

    /// <summary>Gets the rule id.</summary>
    public string RuleId => _descriptor.Id;

    /// <summary>Gets a number parameter: the rule set's value, or the default.</summary>
    /// <param name="name">The parameter name.</param>
    /// <returns>The value.</returns>
    /// <exception cref="RuleSetException">The rule declares no number parameter of this name.</exception>
    public decimal GetNumber(string name)
    {
        var declared = Declared(name, RuleParameterKind.Number);
        return _values.TryGetValue(name, out var value) && value.Number is { } number ? number : declared.DefaultNumber.GetValueOrDefault();
    }

    /// <summary>Gets a text parameter: the rule set's value, or the default.</summary>
    /// <param name="name">The parameter name.</param>
    /// <returns>The value.</returns>
    /// <exception cref="RuleSetException">The rule declares no text parameter of this name.</exception>
    public string GetText(string name)
    {
        var declared = Declared(name, RuleParameterKind.Text);
        return _values.TryGetValue(name, out var value) && value.Text is { } text ? text : declared.DefaultText ?? string.Empty;
    }

    private RuleParameter Declared(string name, RuleParameterKind kind)
    {
        Guard.NotNull(name);
        var declared = _descriptor.FindParameter(name);
        if (declared is null || declared.Kind != kind)
        {
            throw new RuleSetException(_descriptor.Id, name, $"Rule {_descriptor.Id} declares no {kind.ToString().ToLowerInvariant()} parameter '{name}'.");
        }

        return declared;
    }
}
